import { describe, expect, it } from 'vitest';
import { REQUIREMENT_FORM_IDS, requirementForms } from '../../dialogs/testing/requirement-forms.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

describe.each(['nl', 'en'] as const)('requirement cards in %s', (language) => {
  it('render in Teams without problems', async () => {
    const forms = await requirementForms(language);
    expect(forms.map((f) => f.id)).toEqual(REQUIREMENT_FORM_IDS);
    for (const form of forms) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});
