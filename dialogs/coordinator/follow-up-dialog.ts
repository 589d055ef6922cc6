import { z } from 'zod/v4';
import type { FollowUpOverview } from '../../bot/follow-up/follow-up-overview.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { userText } from '../user-text.js';
import { chooseRound } from './choose-round.js';
import { coordinatorOnly } from './round-dialog.js';

// The coordinator's follow-up after a release: `ronde opvolging` shows the round at a glance and
// every refusal waiting for a decision; `ronde herkoppel` and its approval by a second coordinator
// give refused and unplaced students a new place; `ronde archiveren` closes a finished round.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const FOLLOW_UP_STATES = ['released', 'follow-up'] as const;
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});

export const showFollowUp: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const found = await chooseRound(turn, services, 'round.follow-up', [...FOLLOW_UP_STATES], t.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const overview = await services.followUp.overview(found.round.id);
  if (!overview) return [text(t.refusals['unknown-round'])];
  const form = overviewForm(overview, turn.language);
  const c = textsFor(turn.language).contactMoments;
  const m = await services.contactMoments.figures(found.round.id);
  const incomplete = m.incomplete.slice(0, 30).map((i) => c.incompleteLine(i.studentNumber, i.held, i.onSite ? c.yes : c.no)).join(', ');
  form.sections = [...(form.sections ?? []), { title: c.figuresLabel, facts: [
    { label: c.figuresLabel, value: c.figures(m.enoughHeld, m.onSiteHeld, m.internships, m.planned, m.notHeld) },
    ...(incomplete ? [{ label: c.incompleteLabel, value: incomplete }] : []),
  ] }];
  return [{ kind: 'form', form }, ...overview.pendingRefusals.map((r) => ({ kind: 'form' as const, form: refusalForm(r, turn.language) }))];
});

const Decision = z.object({ placementId: z.string().min(1).max(80), decision: z.enum(['upheld', 'overturned']) });

export const decideRefusal: Handler = coordinatorOnly(async (turn, services) => {
  const f = textsFor(turn.language).followUp.coordinator;
  const parsed = Decision.safeParse(values(turn));
  if (!parsed.success) return [text(f.decisionRefused['not-found'])];
  const outcome = await services.followUp.decideRefusal(parsed.data.placementId, parsed.data.decision, turn.person.userId);
  if (!outcome.ok) return [text(f.decisionRefused[outcome.reason])];
  return [text(parsed.data.decision === 'upheld' ? f.upheld : f.overturned)];
});

export const runRematch: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const found = await chooseRound(turn, services, 'round.rematch', [...FOLLOW_UP_STATES], t.coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const result = await services.followUp.runRematch(found.round.id, turn.person.userId);
  if (!result.ok) return [text(t.followUp.coordinator.rematchRefused[result.refusal.code])];
  const placed = result.rematch.proposals.filter((p) => p.offerId).length;
  return [text(t.followUp.coordinator.rematchRun(placed, result.rematch.proposals.length - placed))];
});

export const approveRematch: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const found = await chooseRound(turn, services, 'round.rematch.approve', [...FOLLOW_UP_STATES], t.coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const result = await services.followUp.approveRematch(found.round.id, turn.person.userId);
  if (!result.ok) return [text(t.followUp.coordinator.rematchRefused[result.refusal.code])];
  return [text(t.followUp.coordinator.rematchApproved(result.placed, result.waiting))];
});

export const archiveRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const f = t.followUp.coordinator;
  const found = await chooseRound(turn, services, 'round.archive', ['follow-up'], t.coordinator.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const result = await services.followUp.archive(found.round.id, turn.person.userId);
  if (result.ok) return [text(f.archived(result.roundName))];
  const { refusal } = result;
  if (refusal.code === 'waiting') return [text(f.archiveRefused.waiting(refusal.count))];
  if (refusal.code === 'unknown-round') return [text(t.coordinator.refusals['unknown-round'])];
  return [text(f.archiveRefused[refusal.code])];
});

function overviewForm(o: FollowUpOverview, language: Language): Form {
  const f = textsFor(language).followUp.coordinator;
  const company = textsFor(language).followUp.company;
  const list = (items: Array<{ studentNumber: string; days: number }>) => (items.length ? items.map((i) => `${i.studentNumber} (${i.days})`).join(', ') : f.none);
  const data = { roundId: o.roundId };
  const reasons = Object.entries(o.refusalsByReason).filter(([, n]) => n > 0).map(([r, n]) => `${company.reasons[r as keyof typeof company.reasons]}: ${n}`);
  return {
    id: 'round.follow-up', title: f.title(userText(o.roundName)), intro: f.intro, fields: [],
    sections: [{
      title: f.placed,
      facts: [
        { label: f.placed, value: f.acknowledged(o.acknowledged, o.placements) },
        { label: f.notAcknowledged, value: list(o.notAcknowledged) },
        { label: f.meetingsLabel, value: f.meetings(o.meetings.proposed, o.meetings.planned, o.meetings.held) },
        { label: f.feltLikeSelection, value: String(o.meetings.feltLikeSelection) },
        { label: f.refusalsLabel, value: reasons.length ? reasons.join(', ') : f.none },
        { label: f.byCompanyLabel, value: o.refusalsByCompany.length ? o.refusalsByCompany.map((c) => `${userText(c.companyName)}: ${c.count}${c.flagged ? ` ${f.flagged}` : ''}`).join(', ') : f.none },
        { label: f.problemsLabel, value: o.problems.length ? o.problems.map((p) => `${p.studentNumber}: ${textsFor(language).followUp.student.problemKinds[p.kind]} (${formatMoment(p.at, language)})`).join('; ') : f.none },
        { label: f.waitingLabel, value: list(o.waiting) },
        ...(o.rematch ? [{ label: f.rematchLabel, value: f.rematchValue(o.rematch.proposed, o.rematch.unplaced) }] : []),
        ...vogFacts(o, language),
      ],
    }],
    actions: [
      ...(o.certificatesOfConduct.some((c) => c.state !== 'arranged') ? [{ verb: 'round.vog.form' as const, label: f.vogUpdate, data, style: 'secondary' as const }] : []),
      ...(o.waiting.length > 0 ? [{ verb: 'round.rematch' as const, label: f.rematch, data }] : []),
      ...(o.rematch ? [{ verb: 'round.rematch.approve' as const, label: f.approveRematch, data }] : []),
      ...(o.status === 'follow-up' ? [{ verb: 'round.archive' as const, label: f.archive, data, style: 'secondary' as const }] : []),
    ],
  };
}

function vogFacts(o: FollowUpOverview, language: Language): Array<{ label: string; value: string }> {
  if (o.certificatesOfConduct.length === 0) return [];
  const f = textsFor(language).followUp.coordinator;
  const open = o.certificatesOfConduct.filter((c) => c.state !== 'arranged').map((c) => `${c.studentNumber} (${f.vogStates[c.state]})`).join(', ');
  return [{ label: f.vogLabel, value: f.vogValue(o.certificatesOfConduct.length - o.certificatesOfConduct.filter((c) => c.state !== 'arranged').length, o.certificatesOfConduct.length, open) }];
}

/** The card to mark a student's VOG: the students whose VOG is not arranged, and the new state. */
export const showVogForm: Handler = coordinatorOnly(async (turn, services) => {
  const f = textsFor(turn.language).followUp.coordinator;
  const roundId = typeof values(turn).roundId === 'string' ? (values(turn).roundId as string) : '';
  const overview = await services.followUp.overview(roundId);
  const open = overview?.certificatesOfConduct.filter((c) => c.state !== 'arranged') ?? [];
  if (open.length === 0) return [text(f.none)];
  const required = { message: textsFor(turn.language).intake.required };
  return [{ kind: 'form', form: {
    id: 'round.vog', title: f.vogTitle, fields: [
      { kind: 'choice', id: 'placementId', label: f.vogStudent, required, choices: open.map((c) => ({ value: c.placementId, label: `${c.studentNumber} (${f.vogStates[c.state]})` })) },
      { kind: 'choice', id: 'state', label: f.vogState, style: 'expanded', required, choices: (['requested', 'arranged'] as const).map((s) => ({ value: s, label: f.vogStates[s] })) },
    ],
    actions: [{ verb: 'round.vog', label: f.vogSave, data: { roundId } }],
  } }];
});

const VogMark = z.object({ placementId: z.string().min(1).max(80), state: z.enum(['requested', 'arranged']) });

export const markVog: Handler = coordinatorOnly(async (turn, services) => {
  const f = textsFor(turn.language).followUp.coordinator;
  const parsed = VogMark.safeParse(values(turn));
  if (!parsed.success) return [text(f.vogRefused['not-found'])];
  const result = await services.followUp.markCertificateOfConduct(parsed.data.placementId, parsed.data.state, turn.person.userId);
  return [text(result.ok ? f.vogSaved(result.studentNumber, f.vogStates[parsed.data.state]) : f.vogRefused[result.reason])];
});

export function refusalForm(r: FollowUpOverview['pendingRefusals'][number], language: Language): Form {
  const t = textsFor(language);
  const f = t.followUp.coordinator;
  return {
    id: 'round.refusal', title: f.pendingTitle(r.studentNumber, userText(r.companyName)), fields: [],
    sections: [{ title: f.reasonLabel, facts: [
      { label: f.reasonLabel, value: t.followUp.company.reasons[r.reason] },
      ...(r.requirement ? [{ label: f.requirementLabel, value: t.company.offer.requirementLabels[r.requirement] ?? r.requirement }] : []),
      // Free text a company wrote: shown to coordinators only, never to the student.
      ...(r.text ? [{ label: f.textLabel, value: userText(r.text) }] : []),
    ] }],
    actions: [
      { verb: 'round.refusal.decide', label: f.uphold, data: { placementId: r.placementId, decision: 'upheld' } },
      { verb: 'round.refusal.decide', label: f.overturn, data: { placementId: r.placementId, decision: 'overturned' }, style: 'secondary' },
    ],
  };
}
