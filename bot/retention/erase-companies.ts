import type { Company } from '../domain/company.js';
import type { Offer } from '../domain/offer.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import { conversationKey } from '../people.js';
import { byIds, byKeys, companyKey, type Scope } from '../store/index.js';
import { ERASED_REASON } from './erase-round.js';
import { erasureMoment, internshipEnd, type RetentionPolicy } from './retention-policy.js';

// A company is an organisation and stays, with its locations and the counts of its offers; its
// contact persons are personal data. They go `companies` months after the later of the company's
// last new contact and the end of its last internship (a round it offered places in, or a round still
// asking for offers), at the end of a school year: their chat accounts and e-mail addresses, their
// conversations and choices, the company's personal web links (each holds an address) and invitation
// codes (each says who used it), and the free text of its offers in archived rounds. Delivered
// messages to them go with their round's chat details (bot/retention/erase-round.ts).

/** When a company's contacts are due; undefined until the retention pass has stamped a company from before `contactsSince`. */
export function companyErasureMoment(
  company: Company, rounds: Readonly<Record<string, Round>>, offers: readonly Offer[], policy: RetentionPolicy, internshipWeeks: number,
): Date | undefined {
  if (company.contactsSince === undefined) return undefined;
  const moments = [Date.parse(company.contactsSince)];
  for (const offer of offers) {
    const round = offer.companyId === company.id ? rounds[offer.roundId] : undefined;
    if (round) moments.push(internshipEnd(round, internshipWeeks).getTime());
  }
  // A round still asking for offers asks every company: its contacts are needed until that round's internships end.
  for (const round of Object.values(rounds)) if (round.status === 'draft' || round.status === 'open') moments.push(internshipEnd(round, internshipWeeks).getTime());
  return erasureMoment(new Date(Math.max(...moments)), policy.companies);
}

/** Whether anything personal of the company is left to erase. */
export function holdsContacts(company: Company, view: Pick<KoppelView, 'webLinks' | 'inviteCodes'>): boolean {
  return company.contacts.length > 0 || company.pendingContactEmails.length > 0
    || Object.values(view.webLinks).some((l) => l.purpose === 'company' && l.companyId === company.id)
    || Object.values(view.inviteCodes).some((i) => i.companyId === company.id);
}

/** What erasing one company's contacts reads and may change. */
export function companyErasureScope(companyId: string) {
  return (seen: Readonly<KoppelView>): Scope => {
    const chats = byIds(...(seen.companies[companyId]?.contacts ?? []).map(conversationKey));
    return {
      rounds: 'all', companies: byIds(companyId), offers: byKeys(companyKey(companyId)), webLinks: byKeys(companyKey(companyId)), inviteCodes: byKeys(companyKey(companyId)),
      conversations: chats, preferences: chats,
    };
  };
}

/** Erases a company's contacts in a unit of work's copy; returns the counts per kind of record, for the audit line. */
export function eraseCompanyContacts(data: KoppelView, companyId: string): Record<string, number> {
  const company = data.companies[companyId];
  const counts = { contacts: company.contacts.length, emails: company.pendingContactEmails.length, chats: 0, links: 0, inviteCodes: 0, offers: 0 };
  for (const contact of company.contacts) {
    const key = conversationKey(contact);
    if (key in data.conversations || key in data.preferences) counts.chats += 1;
    delete data.conversations[key]; delete data.preferences[key];
  }
  company.contacts = [];
  company.pendingContactEmails = [];
  for (const [id, link] of Object.entries(data.webLinks)) {
    if (link.purpose !== 'company' || link.companyId !== companyId) continue;
    delete data.webLinks[id];
    counts.links += 1;
  }
  for (const [code, invite] of Object.entries(data.inviteCodes)) {
    if (invite.companyId !== companyId) continue;
    delete data.inviteCodes[code];
    counts.inviteCodes += 1;
  }
  // The counts stay for the figures (places, supervision, programmes, work processes); the words go.
  for (const offer of Object.values(data.offers)) {
    if (offer.companyId !== companyId || data.rounds[offer.roundId]?.status !== 'archived') continue;
    const had = offer.learnText !== ERASED_REASON || offer.extraSupport.kind !== undefined || (offer.otherRequirement !== undefined && offer.otherRequirement.text !== '');
    offer.learnText = ERASED_REASON;
    delete offer.extraSupport.kind;
    if (offer.otherRequirement) offer.otherRequirement.text = '';
    if (had) counts.offers += 1;
  }
  return counts;
}
