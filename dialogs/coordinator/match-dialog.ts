import { renderTitledHelp, renderTitledReason, ruleNames } from '../../bot/explanations.js';
import { previewCauseText } from './preview-cause.js';
import type { RunPreview } from '../../bot/matching-runs/run-service.js';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor, type Texts } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { approvalForm, coordinatorName } from './approval-form.js';
import { proposalsSections } from './proposals-preview.js';
import { decimal } from '../texts/numbers.js';
import { closeEarlyForm } from './close-early.js';
import { chooseRound } from './choose-round.js';
import { runRefusalText } from './refusal-text.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';
import { weightsLine } from './weight-fields.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });
const MAX_LISTED = 10;

export const closeRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const found = await chooseRound(turn, services, 'round.close', ['open'], t.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const confirmed = turn.input.kind === 'submit' && turn.input.values.confirmed === 'true';
  if (!confirmed) {
    const early = await closeEarlyForm(found.round, services, turn.language);
    if (early) return [{ kind: 'form', form: early }];
  }
  const result = await services.runs.close(found.round.id, turn.person.userId);
  return [text(result.ok ? t.matching.closed(userText(found.round.name)) : await runRefusalText(result.refusal, found.round.id, services, t))];
});

/** `ronde match`: run the core and show the preview; re-runnable, each run stored with its seed. */
export const runMatch: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const found = await chooseRound(turn, services, 'round.match', ['closed', 'matched', 'approved'], t.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const result = await services.runs.run(found.round.id, turn.person.userId);
  if (!result.ok) return [text(await runRefusalText(result.refusal, found.round.id, services, t))];
  const form = previewForm(result.preview, userText(found.round.name), textsFor(turn.language), turn.language, turn.person.userId);
  // Students who confirmed before an offer asked a requirement count as "no" for it: say so before anyone approves.
  const { neverAsked } = await services.roundSupply(found.round.id);
  const labels = textsFor(turn.language).company.offer.requirementLabels;
  if (neverAsked.length > 0) form.notice = { tone: 'warning', text: t.matching.neverAsked(neverAsked.map((n) => `${labels[n.requirement]}: ${n.students}`).join(', ')) };
  return [{ kind: 'form', form }];
});

export const showPlace: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  // `ronde plaats 100234`: a student number, not a round name, fills in the form (also after choosing the round).
  const args = turn.input.kind === 'text' ? turn.input.args : undefined;
  const typed = args && /^\S*\d\S*$/.test(args) ? args : undefined;
  const carried = turn.input.kind === 'submit' && typeof turn.input.values.studentNumber === 'string' ? turn.input.values.studentNumber : undefined;
  const studentNumber = typed ?? carried;
  const asked = typed && turn.input.kind === 'text' ? { ...turn, input: { kind: 'text' as const, text: turn.input.text } } : turn;
  // Before the release a placement is a pin of the next run; after it, a place for a waiting student.
  const found = await chooseRound(asked, services, 'round.place.form', ['matched', 'approved', 'released', 'follow-up'], t.coordinator.matching.chooseRound, studentNumber ? { studentNumber } : {});
  if ('replies' in found) return found.replies;
  return [{ kind: 'form', form: await placeForm(found.round.id, t, services.offersOfRound, studentNumber ? { studentNumber } : undefined) }];
});

export const placeStudent: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const v = turn.input.kind === 'submit' ? turn.input.values : {};
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string).trim() : '');
  const round = (await services.rounds.list()).find((r) => r.id === str('roundId'));
  if (!round) return [text(t.coordinator.refusals['unknown-round'])];
  if (round.status === 'released' || round.status === 'follow-up') {
    const placed = await services.followUp.placeByHand(round.id, str('studentNumber'), str('offerId'), str('reason'), turn.person.userId);
    if (placed.ok) return [text(t.followUp.coordinator.placedByHand(str('studentNumber')))];
    const form = await placeForm(round.id, t, services.offersOfRound, v);
    form.notice = { tone: 'warning', text: t.followUp.coordinator.rematchRefused[placed.refusal.code] };
    return [{ kind: 'form', form }];
  }
  // The confirmation names the placement it was given for: changing the form asks again.
  const placement = `${str('studentNumber')}:${str('offerId')}`;
  const confirmed = str('confirmed') === placement;
  const result = await services.runs.place(round.id, str('studentNumber'), str('offerId'), str('reason'), turn.person.userId, confirmed);
  if (!result.ok && result.refusal.code === 'pin-breaks-rules') {
    // A hard rule is there for the student: breaking it takes a second, deliberate press.
    const form = await placeForm(round.id, t, services.offersOfRound, v);
    form.notice = { tone: 'warning', text: t.approval.pinWarning(ruleNames(result.refusal.rules, turn.language)) };
    form.actions = [{ verb: 'round.place', label: t.approval.placeAnyway, data: { roundId: round.id, confirmed: placement } }];
    return [{ kind: 'form', form }];
  }
  if (!result.ok) {
    const form = await placeForm(round.id, t, services.offersOfRound, v);
    form.notice = { tone: 'warning', text: await runRefusalText(result.refusal, round.id, services, t.coordinator) };
    return [{ kind: 'form', form }];
  }
  return [{ kind: 'form', form: previewForm(result.preview, userText(round.name), t, turn.language, turn.person.userId) }];
});

/**
 * `ronde goedkeuren`: first the approval card (what is approved), then its button approves exactly
 * that run. Whoever ran the proposal hears at once that someone else must approve.
 */
export const approveMatch: Handler = coordinatorOnly(async (turn, services) => {
  const texts = textsFor(turn.language);
  const t = texts.coordinator;
  // `ronde goedkeuren run_7` approves that proposal where a button cannot be pressed; it is no round name.
  const args = turn.input.kind === 'text' ? turn.input.args : undefined;
  const typedRun = args && /^run_\d+$/.test(args) ? args : undefined;
  const asked = typedRun && turn.input.kind === 'text' ? { ...turn, input: { kind: 'text' as const, text: turn.input.text } } : turn;
  const found = await chooseRound(asked, services, 'round.approve', ['matched'], t.matching.chooseRound);
  if ('replies' in found) return found.replies;
  // A round that is not waiting for approval gets the refusal that says what must happen first.
  const view = found.round.status === 'matched' ? await services.runs.approvalView(found.round.id) : undefined;
  if (!view) {
    const refused = await services.runs.approve(found.round.id, turn.person.userId);
    return [text(refused.ok ? t.matching.refusals['no-run'] : await runRefusalText(refused.refusal, found.round.id, services, t))];
  }
  const name = userText(found.round.name);
  if (!services.demoMode && view.preview.run.runBy === turn.person.userId) {
    return [text(await runRefusalText({ code: 'transition', refusal: 'needs-second-coordinator' }, found.round.id, services, t))];
  }
  const runId = turn.input.kind === 'submit' && typeof turn.input.values.runId === 'string' ? turn.input.values.runId : typedRun;
  if (runId === undefined) return [{ kind: 'form', form: approvalForm(view, name, turn.person.userId, texts, turn.language) }];
  const result = await services.runs.approve(found.round.id, turn.person.userId, runId);
  if (!result.ok && result.refusal.code === 'proposal-changed') {
    const fresh = (await services.runs.approvalView(found.round.id)) ?? view;
    return [{ kind: 'form', form: { ...approvalForm(fresh, name, turn.person.userId, texts, turn.language), notice: { tone: 'warning', text: texts.approval.changedNotice } } }];
  }
  if (!result.ok) return [text(await runRefusalText(result.refusal, found.round.id, services, t))];
  return [text(services.demoMode ? `${t.matching.approved(userText(found.round.name))}\n\n${t.matching.demoApproval}` : t.matching.approved(userText(found.round.name)))];
});

/** Per student: where and why, or why not and what would help. */
export const explainStudent: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const v = turn.input.kind === 'submit' ? turn.input.values : {};
  const roundId = typeof v.roundId === 'string' ? v.roundId : '';
  const number = typeof v.studentNumber === 'string' ? v.studentNumber.trim() : '';
  const preview = await services.runs.preview(roundId);
  if (!preview) return [text(t.matching.refusals['no-run'])];
  const student = preview.students.find((s) => s.studentNumber.toLowerCase() === number.toLowerCase());
  if (!student) return [{ kind: 'form', form: { ...explainForm(roundId, t), notice: { tone: 'warning', text: t.matching.refusals['unknown-student'] } } }];
  const catalogue = { programmes: services.programmes() };
  const lines = student.status === 'matched'
    ? [t.matching.placedAt(userText(student.companyName)), ...student.reasons.map((r) => userText(renderTitledReason(r, catalogue, turn.language)))]
    : student.status === 'unmatched'
      ? [t.matching.notPlaced, ...student.causes.map((c) => userText(previewCauseText(c, turn.language))), ...student.help.map((h) => userText(renderTitledHelp(h, catalogue, turn.language)))]
      : student.status === 'proposed'
        ? student.proposals.map((p, i) => textsFor(turn.language).proposals.coordinator.proposalLine(i + 1, userText(p.companyName), Math.round(p.fit * 100), p.minutes))
        : [t.matching.leftOut[student.reason]];
  return [{ kind: 'summary', title: `${t.matching.studentNumber} ${student.studentNumber}`, facts: lines.map((line, i) => ({ label: String(i + 1), value: line })) }];
});

function previewForm(preview: RunPreview, roundName: string, texts: Texts, language: Language, viewerId: string): Form {
  const form = matchPreviewForm(preview, roundName, texts, language, viewerId);
  const s = preview.statistics;
  if (s.proposed === 0) return form;
  // The same card, read as the proposals it is: counts of proposals, not of placements.
  const x = texts.proposals.coordinator;
  return {
    ...form, title: x.previewTitle(roundName), intro: `${x.previewSummary(s.proposed, s.unmatched, s.ownPlacement, s.notConfirmed)}\n\n${x.previewIntro}`,
    sections: [...(form.sections ?? []).slice(0, 1), ...proposalsSections(preview, texts), ...(form.sections ?? []).slice(1)],
  };
}

function matchPreviewForm(preview: RunPreview, roundName: string, texts: Texts, language: Language, viewerId: string): Form {
  const t = texts.coordinator;
  const s = preview.statistics;
  const x = t.matching;
  const pins = pinWarnings(preview, texts, language);
  const unmatched = preview.students.filter((st) => st.status === 'unmatched');
  const roundId = preview.run.roundId;
  return {
    id: 'round.preview', title: x.title(roundName), intro: x.summary(s.matched, s.unmatched, s.ownPlacement, s.notConfirmed), fields: [],
    sections: [
      { title: x.figures, facts: [
        ...(s.averageFit === null ? [] : [{ label: x.averageFit, value: `${Math.round(s.averageFit * 100)}%` }]),
        ...(s.medianMinutes === null ? [] : [{ label: x.medianMinutes, value: `${decimal(s.medianMinutes, language)} min` }]),
        { label: x.unusedPlaces, value: String(s.unusedPlaces) },
        { label: x.seed, value: preview.run.seed },
        { label: texts.weights.label, value: weightsLine(preview.run.weights, texts) },
        { label: x.runBy, value: coordinatorName(preview.run.runBy, viewerId, texts.approval) },
      ] },
      ...(pins.length ? [{ title: texts.approval.pinsTitle(pins.length), facts: pins }] : []),
      ...(unmatched.length ? [{ title: x.unmatched, facts: [
        ...unmatched.slice(0, MAX_LISTED).map((st) => ({ label: st.studentNumber, value: st.status === 'unmatched' ? userText(st.causes.map((c) => previewCauseText(c, language)).join('; ')) : '' })),
        ...(unmatched.length > MAX_LISTED ? [{ label: '', value: x.more(unmatched.length - MAX_LISTED) }] : []),
      ] }] : []),
    ],
    actions: [
      { verb: 'round.explain.form', label: x.explain, data: { roundId }, style: 'secondary' },
      { verb: 'round.place.form', label: x.place, data: { roundId }, style: 'secondary' },
      { verb: 'round.match', label: x.rerun, data: { roundId }, style: 'secondary' },
      { verb: 'round.approve', label: x.approve, data: { roundId }, style: 'secondary' },
    ],
  };
}

async function placeForm(roundId: string, t: Texts, offersOfRound: (roundId: string) => Promise<Array<{ id: string; label: string }>>, typed: Record<string, unknown> = {}): Promise<Form> {
  const x = t.coordinator.matching;
  const value = (key: string) => (typeof typed[key] === 'string' ? (typed[key] as string) : undefined);
  const required = { message: t.intake.required };
  return {
    id: 'round.place', title: x.placeTitle, intro: x.placeIntro,
    fields: [
      { kind: 'text', id: 'studentNumber', label: x.studentNumber, maxLength: 20, value: value('studentNumber'), required },
      { kind: 'choice', id: 'offerId', label: x.offer, value: value('offerId'), required, choices: (await offersOfRound(roundId)).map((o) => ({ value: o.id, label: userText(o.label) })) },
      { kind: 'text', id: 'reason', label: x.reason, maxLength: 300, multiline: true, value: value('reason'), required },
    ],
    actions: [{ verb: 'round.place', label: x.placeButton, data: { roundId } }],
  };
}

export const showExplain: Handler = coordinatorOnly(async (turn) => {
  const roundId = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : '';
  return [{ kind: 'form', form: explainForm(roundId, textsFor(turn.language).coordinator) }];
});

function explainForm(roundId: string, t: Texts['coordinator']): Form {
  return {
    id: 'round.explain', title: t.matching.explainTitle, fields: [{ kind: 'text', id: 'studentNumber', label: t.matching.studentNumber, maxLength: 20, required: { message: t.matching.refusals['unknown-student'] } }],
    actions: [{ verb: 'round.explain', label: t.matching.explainButton, data: { roundId } }],
  };
}

/** Placements by hand, with the hard rules each one breaks: the preview says so before anyone approves. */
function pinWarnings(preview: RunPreview, t: Texts, language: Language): Array<{ label: string; value: string }> {
  return preview.students.flatMap((s) => {
    if (s.status !== 'matched' || !s.pinned) return [];
    const pinned = s.reasons.find((r) => r.code === 'pinned');
    const broken = pinned?.code === 'pinned' && pinned.brokenRules.length > 0 ? ` ${t.approval.breaks(ruleNames(pinned.brokenRules, language))}` : '';
    return [{ label: s.studentNumber, value: `${userText(s.companyName)}${broken}` }];
  });
}
