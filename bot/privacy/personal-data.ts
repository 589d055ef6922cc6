import { appendAudit } from '../audit-log.js';
import type { OutboxEntry } from '../domain/outbox-entry.js';
import type { Report } from '../domain/report.js';
import type { KoppelView } from '../koppel-data.js';
import { MELDPUNT_ROUND_ID, PRIVACY_ROUND_ID } from '../domain/notification.js';
import { conversationKey, personScope, rolesHeld, type PersonKey } from '../people.js';
import { liveResultKey } from '../results/live-keys.js';
import { byIds, byKeys, companyKey, identityKey, placementKey, roundKey, roundKindKey, studentKey, type KoppelStore } from '../store/index.js';

// Everything Koppel holds about one person, for their right of access (AVG art. 15). It is built
// from the store, record by record, and leaves out what is about someone else: staff ids on a
// placement or case, other contacts of the same company, the students a company receives, the
// meldpunt's own notes.

export interface PersonalData {
  /** Which record(s) this person is known by. */
  roles: Array<'student' | 'company-contact'>;
  student?: Record<string, unknown>;
  round?: { id: string; name: string; internshipStart: string; releaseAt: string };
  matches: Array<Record<string, unknown>>;
  placements: Array<Record<string, unknown>>;
  checkIns: Array<Record<string, unknown>>;
  evaluations: Array<Record<string, unknown>>;
  contactMoments: Array<Record<string, unknown>>;
  company?: Record<string, unknown>;
  offers: Array<Record<string, unknown>>;
  chat: { conversations: Array<Record<string, unknown>>; preferences: Array<Record<string, unknown>>; resultCard: boolean };
  messages: Array<{ kind: string; status: string; createdAt: string }>;
  reports: Array<Record<string, unknown>>;
  audit: Array<{ at: string; action: string; subjectType: string; subjectId: string }>;
}

/** Messages that belong to no round: the meldpunt's to a reporter, and answers about an erasure request. */
const OUTSIDE_ROUNDS = [roundKindKey(MELDPUNT_ROUND_ID, 'meldpunt-reporter'), roundKindKey(PRIVACY_ROUND_ID, 'erasure')];

export async function collectPersonalData(store: KoppelStore, person: PersonKey): Promise<PersonalData> {
  const known = await store.read(personScope(person));
  const roles = rolesHeld(known, [], person).filter((r) => r.kind !== 'coordinator');
  const student = roles.find((r) => r.kind === 'student');
  const contact = roles.find((r) => r.kind === 'company-contact');
  const chat = byIds(conversationKey(person));
  const out: PersonalData = {
    roles: roles.map((r) => r.kind as 'student' | 'company-contact'),
    matches: [], placements: [], checkIns: [], evaluations: [], contactMoments: [], offers: [], messages: [], reports: [], audit: [],
    chat: { conversations: [], preferences: [], resultCard: false },
  };
  const own = await store.read({ conversations: chat, preferences: chat, reportLinks: byKeys(identityKey(person.platform, person.userId)) });
  out.chat.conversations = Object.values(own.conversations).map((c) => ({ platform: c.platform, userId: c.userId, updatedAt: c.updatedAt, reference: c.reference }));
  out.chat.preferences = Object.values(own.preferences).map((p) => ({ ...p }));
  const reportIds = Object.values(own.reportLinks).map((l) => l.reportId);
  out.reports = Object.values((await store.read({ reports: byIds(...reportIds) })).reports).map(reportAsReporterSees);
  const ids = [person.userId, ...(student ? [student.studentId] : []), ...(contact ? [contact.companyId] : [])];
  out.audit = (await store.read({ audit: 'all' })).audit
    .filter((e) => ids.includes(e.subjectId) || e.actorId === person.userId)
    .map((e) => ({ at: e.at, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId }));
  if (student) await addStudent(store, student.studentId, person, out);
  if (contact) await addContact(store, contact.companyId, person, out);
  return out;
}

async function addStudent(store: KoppelStore, studentId: string, person: PersonKey, out: PersonalData) {
  const first = await store.read({ students: byIds(studentId) });
  const record = first.students[studentId];
  if (!record) return;
  const ofRound = byKeys(roundKey(record.roundId));
  const data = await store.read({
    rounds: byIds(record.roundId), matches: ofRound, placements: byKeys(studentKey(studentId)), checkIns: byKeys(studentKey(studentId)),
    liveMessages: byIds(liveResultKey(studentId)), outbox: byKeys(roundKey(record.roundId), ...OUTSIDE_ROUNDS),
  });
  const placementIds = Object.keys(data.placements);
  const more = await store.read({ evaluations: byIds(...placementIds.map((id) => `${id}.student`)), contactMoments: byKeys(...placementIds.map(placementKey)) });
  const round = data.rounds[record.roundId];
  out.student = { ...record };
  if (round) out.round = { id: round.id, name: round.name, internshipStart: round.internshipStart, releaseAt: round.releaseAt };
  out.matches = Object.values(data.matches).filter((m) => m.studentId === studentId).map(({ pin, ...m }) => ({ ...m, ...(pin ? { pinReason: pin.reason } : {}) }));
  out.placements = Object.values(data.placements).map(placementAsStudentSees);
  out.checkIns = Object.values(data.checkIns).map((c) => ({ ...c }));
  out.evaluations = Object.values(more.evaluations).map((e) => ({ ...e }));
  out.contactMoments = Object.values(more.contactMoments).map(({ plannedBy: _p, recordedBy: _r, ...m }) => ({ ...m }));
  out.chat.resultCard = liveResultKey(studentId) in data.liveMessages;
  out.messages = messagesTo(Object.values(data.outbox), person);
}

async function addContact(store: KoppelStore, companyId: string, person: PersonKey, out: PersonalData) {
  const data = await store.read({ companies: byIds(companyId), offers: byKeys(companyKey(companyId)) });
  const company = data.companies[companyId];
  if (!company) return;
  // Only this contact's own account: the company's other contacts are other people.
  const contacts = company.contacts.filter((c) => c.platform === person.platform && c.userId === person.userId);
  out.company = { id: company.id, name: company.name, sbbNumber: company.sbbNumber, locations: company.locations, contacts };
  out.offers = Object.values(data.offers).map((o) => ({ ...o }));
  const rounds = [...new Set(Object.values(data.offers).map((o) => o.roundId))];
  const outbox = await store.read({ outbox: byKeys(...rounds.map(roundKey), ...OUTSIDE_ROUNDS) });
  out.messages.push(...messagesTo(Object.values(outbox.outbox), person));
}

/** Messages to this account; those about them to staff are the staff's, and name the staff. */
function messagesTo(entries: OutboxEntry[], person: PersonKey) {
  return entries
    .filter((e) => e.recipient.platform === person.platform && e.recipient.userId === person.userId)
    .map((e) => ({ kind: e.kind, status: e.status, createdAt: e.createdAt }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** A placement without the ids of the staff and contacts who acted on it. */
function placementAsStudentSees(p: KoppelView['placements'][string]): Record<string, unknown> {
  const { byHand, refusal, ...rest } = p;
  return {
    ...rest,
    ...(byHand ? { byHand: { reason: byHand.reason } } : {}),
    ...(refusal ? { refusal: { reason: refusal.reason, at: refusal.at, ...(refusal.requirement ? { requirement: refusal.requirement } : {}), ...(refusal.text ? { text: refusal.text } : {}), ...(refusal.decision ? { decision: refusal.decision } : {}) } } : {}),
  };
}

/** A case as its reporter may see it: what they told, its state and their consent; never staff ids or the aftercare note. */
function reportAsReporterSees(r: Report): Record<string, unknown> {
  const { history: _h, aftercare, named: _n, ...rest } = r;
  return { ...rest, ...(aftercare ? { followUpOn: aftercare.followUpOn } : {}) };
}

/**
 * The export a person asks for, recorded in the audit trail by the record's id. The actor is
 * `self`: the person the record is about (an e-mail address is no id for the audit trail).
 */
export async function exportPersonalData(store: KoppelStore, person: PersonKey, now: Date): Promise<{ at: string; data: PersonalData }> {
  const data = await collectPersonalData(store, person);
  const subjectId = typeof data.student?.id === 'string' ? data.student.id : typeof data.company?.id === 'string' ? data.company.id : undefined;
  if (subjectId) {
    await store.update({}, (draft) => {
      appendAudit(draft, { actorId: 'self', action: 'data.exported', subjectType: 'person', subjectId }, now);
    });
  }
  return { at: now.toISOString(), data };
}
