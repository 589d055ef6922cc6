import type { KoppelView } from '../koppel-data.js';
import { conversationKey } from '../people.js';
import { liveResultKey } from '../results/live-keys.js';
import { byIds, byKeys, roundKey, type Scope } from '../store/index.js';
import type { RoundKind } from './retention-policy.js';

// What erasing one kind of a round's data means. Personal data goes or is made anonymous; what the
// anonymous figures count stays: each student's round, programme and intake status, the matches
// and placements (ids), check-in and evaluation answers (buttons, never free text). The figures per
// round and programme therefore compute the same before and after.

/** Stands in for a student number once the contact details are erased. */
export const ANONYMOUS = 'anoniem';
/** Stands in for a coordinator's free-text reason that the schema requires. */
export const ERASED_REASON = '(verwijderd)';

/** What a round's erasure reads and may change. */
export function roundErasureScope(roundId: string) {
  const ofRound = byKeys(roundKey(roundId));
  return (data: Readonly<KoppelView>): Scope => {
    const students = Object.values(data.students);
    const chats = byIds(...students.flatMap((s) => s.identities.map(conversationKey)));
    return {
      rounds: byIds(roundId), students: ofRound, matches: ofRound, matchRuns: ofRound, placements: ofRound, checkIns: ofRound,
      outbox: ofRound, conversations: chats, preferences: chats, liveMessages: byIds(...students.map((s) => liveResultKey(s.id))),
    };
  };
}

/** Erases one kind of the round's data in a unit of work's copy; returns how many records it changed. */
export function eraseRoundKind(data: KoppelView, roundId: string, kind: RoundKind): number {
  const students = Object.values(data.students).filter((s) => s.roundId === roundId);
  let changed = 0;
  const count = (did: boolean) => { if (did) changed += 1; };
  switch (kind) {
    case 'intake':
      for (const s of students) {
        count(s.learningWish !== undefined || s.travel !== undefined || s.availability !== undefined || s.ownPlacement !== undefined || s.ranking.length > 0 || s.requirementsMet.length > 0 || s.requirementsAnswered.length > 0 || s.proposals !== undefined);
        // A proposals round's choice is an answer of the intake's kind, like the ranking.
        delete s.learningWish; delete s.travel; delete s.availability; delete s.ownPlacement; delete s.proposals;
        s.ranking = []; s.requirementsMet = []; s.requirementsAnswered = [];
      }
      break;
    case 'support':
      // Whether support was asked is a count; what the student needs is not kept.
      for (const s of students) {
        count(s.supportNeed?.details !== undefined || s.supportNeed?.shareWithCompany !== undefined);
        if (s.supportNeed) s.supportNeed = { wanted: s.supportNeed.wanted };
      }
      break;
    case 'contact':
      for (const s of students) {
        count(s.studentNumber !== ANONYMOUS || s.displayName !== undefined || s.pendingEmail !== undefined || s.identities.length > 0);
        s.studentNumber = ANONYMOUS; s.identities = [];
        delete s.displayName; delete s.pendingEmail;
      }
      // The round's contact person is a member of staff: their name and how to reach them go with the students'.
      if (Object.hasOwn(data.rounds, roundId) && data.rounds[roundId].contact !== undefined) {
        delete data.rounds[roundId].contact;
        changed += 1;
      }
      break;
    case 'explanations':
      for (const m of Object.values(data.matches).filter((m) => m.roundId === roundId)) {
        count(m.reasons.length > 0 || m.pin !== undefined);
        m.reasons = []; delete m.pin;
      }
      for (const run of Object.values(data.matchRuns).filter((r) => r.roundId === roundId)) {
        count(run.pins.some((p) => p.reason !== ERASED_REASON));
        for (const pin of run.pins) pin.reason = ERASED_REASON;
      }
      for (const p of Object.values(data.placements).filter((p) => p.roundId === roundId)) {
        count(p.refusal?.text !== undefined || (p.byHand !== undefined && p.byHand.reason !== ERASED_REASON));
        if (p.refusal) delete p.refusal.text;
        if (p.byHand) p.byHand.reason = ERASED_REASON;
      }
      break;
    case 'check-ins':
      // The answers are buttons and stay as figures; the link to the student goes.
      for (const c of Object.values(data.checkIns).filter((c) => c.roundId === roundId)) {
        count(c.studentId !== ANONYMOUS);
        c.studentId = ANONYMOUS;
      }
      break;
    case 'chat':
      for (const s of students) {
        for (const identity of s.identities) {
          const key = conversationKey(identity);
          count(key in data.conversations || key in data.preferences);
          delete data.conversations[key]; delete data.preferences[key];
        }
        count(liveResultKey(s.id) in data.liveMessages);
        delete data.liveMessages[liveResultKey(s.id)];
      }
      // Messages already delivered or given up: their recipients' chat ids are no longer needed.
      for (const [key, entry] of Object.entries(data.outbox)) {
        if (entry.roundId !== roundId || (entry.status !== 'sent' && entry.status !== 'failed')) continue;
        delete data.outbox[key];
        changed += 1;
      }
      break;
  }
  return changed;
}
