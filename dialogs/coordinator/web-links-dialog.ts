import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { userText } from '../user-text.js';
import { coordinatorOnly } from './round-dialog.js';

// `links intrekken`: a coordinator stops every personal web link of a company at once (a contact
// left, a mail went to the wrong person). The company's next mail brings a new link.

const text = (t: string): Reply => ({ kind: 'text', text: t });

export const showRevokeLinks: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const byMail = (await services.companies.list()).filter((c) => c.contacts.some((contact) => contact.platform === 'email'));
  if (byMail.length === 0) return [text(t.web.noMailCompanies)];
  return [{ kind: 'form', form: {
    id: 'companies.links', title: t.web.revokeTitle, intro: t.web.revokeIntro,
    fields: [{ kind: 'choice', id: 'companyId', label: t.coordinator.companies.company, required: { message: t.intake.required }, value: byMail[0].id, choices: byMail.map((c) => ({ value: c.id, label: `${userText(c.name)} (SBB ${c.sbbNumber})` })) }],
    actions: [{ verb: 'companies.links.revoke', label: t.web.revoke }],
  } }];
});

export const revokeLinks: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).web;
  const companyId = turn.input.kind === 'submit' && typeof turn.input.values.companyId === 'string' ? turn.input.values.companyId : '';
  const company = (await services.companies.list()).find((c) => c.id === companyId);
  if (!company) return [text(t.noMailCompanies)];
  return [text(t.revoked(userText(company.name), await services.companies.revokeLinks(company.id, turn.person.userId)))];
});
