import { describe, expect, it } from 'vitest';
import { duringInternshipForms } from '../../dialogs/testing/during-internship-forms.js';
import { formModal } from './render-modal.js';
import { replyMessages } from './render-message.js';
import { blockKitProblems } from './testing/block-kit-check.js';

describe.each(['nl', 'en'] as const)('the forms of the meldpunt, check-ins, contact moments and evaluation in Slack (%s)', (language) => {
  it('fit Block Kit\'s limits as modals and as messages', async () => {
    const forms = await duringInternshipForms(language);
    expect(forms.length).toBeGreaterThan(12);
    const ctx = { language, parkForm: () => 'key', parkMetadata: () => 'key' };
    for (const form of forms) {
      expect({ form: form.id, problems: blockKitProblems('modal', formModal(form, ctx) as never) }).toEqual({ form: form.id, problems: [] });
      for (const message of replyMessages({ kind: 'form', form }, ctx)) {
        expect({ form: form.id, problems: blockKitProblems('message', message as never) }).toEqual({ form: form.id, problems: [] });
      }
    }
  });
});
