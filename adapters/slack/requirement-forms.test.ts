import { describe, expect, it } from 'vitest';
import { REQUIREMENT_FORM_IDS, requirementForms } from '../../dialogs/testing/requirement-forms.js';
import { formModal } from './render-modal.js';
import { replyMessages } from './render-message.js';
import { blockKitProblems } from './testing/block-kit-check.js';

describe.each(['nl', 'en'] as const)('requirement forms in Slack (%s)', (language) => {
  it('fit Block Kit\'s limits as modals and as messages', async () => {
    const forms = await requirementForms(language);
    expect(forms.map((f) => f.id)).toEqual(REQUIREMENT_FORM_IDS);
    const ctx = { language, parkForm: () => 'key', parkMetadata: () => 'key' };
    for (const form of forms) {
      expect({ form: form.id, problems: blockKitProblems('modal', formModal(form, ctx) as never) }).toEqual({ form: form.id, problems: [] });
      for (const message of replyMessages({ kind: 'form', form }, ctx)) {
        expect({ form: form.id, problems: blockKitProblems('message', message as never) }).toEqual({ form: form.id, problems: [] });
      }
    }
  });
});
