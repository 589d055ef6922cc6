import { describe, expect, it } from 'vitest';
import { duringInternshipForms } from '../../dialogs/testing/during-internship-forms.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

describe.each(['nl', 'en'] as const)('the cards of the meldpunt, check-ins, contact moments and evaluation in %s', (language) => {
  it('every card renders in Teams without problems', async () => {
    const forms = await duringInternshipForms(language);
    expect([...new Set(forms.map((f) => f.id))]).toEqual(expect.arrayContaining([
      'meldpunt.report', 'meldpunt.consent', 'meldpunt.own', 'meldpunt.case', 'meldpunt.cases', 'meldpunt.case.close',
      'check-in', 'check-in.worried', 'contact-moment.plan', 'contact-moment', 'round.follow-up', 'evaluation', 'evaluation.report',
    ]));
    for (const form of forms) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});
