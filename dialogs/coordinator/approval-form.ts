// The card a second coordinator approves from (four eyes): they approve what they see, so it shows
// the figures, who stays unplaced and why, every placement by hand with its reason and the rules it
// breaks, and what changed since the round's last approval. The button carries the run's id, so a
// rerun in between is not approved unseen.
import { ruleNames } from '../../bot/explanations.js';
import { previewCauseText } from './preview-cause.js';
import type { ApprovalView } from '../../bot/matching-runs/run-service.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';
import { weightsLine } from './weight-fields.js';
import { proposalsSections } from './proposals-preview.js';

const MAX_LISTED = 10;

type Section = NonNullable<Form['sections']>[number];
type Fact = Section['facts'][number];

/** Coordinators are named by their role to each other: a raw platform id means nothing to a person. */
export function coordinatorName(id: string, viewerId: string, t: Texts['approval']): string {
  return id === viewerId ? t.you : t.anotherCoordinator;
}

function listed(facts: Fact[], t: Texts['coordinator']): Fact[] {
  return facts.length > MAX_LISTED ? [...facts.slice(0, MAX_LISTED), { label: '', value: t.matching.more(facts.length - MAX_LISTED) }] : facts;
}

function pinFacts(view: ApprovalView, viewerId: string, t: Texts, language: Language): Fact[] {
  return view.preview.run.pins.map((pin) => {
    const student = view.preview.students.find((s) => s.studentId === pin.studentId);
    const company = student?.status === 'matched' ? userText(student.companyName) : pin.offerId;
    const pinned = student?.status === 'matched' ? student.reasons.find((r) => r.code === 'pinned') : undefined;
    const broken = pinned?.code === 'pinned' && pinned.brokenRules.length > 0 ? ` ${t.approval.breaks(ruleNames(pinned.brokenRules, language))}` : '';
    return { label: student?.studentNumber ?? pin.studentId, value: `${t.approval.pin(company, userText(pin.reason), coordinatorName(pin.by, viewerId, t.approval))}${broken}` };
  });
}

function changeFacts(view: ApprovalView, viewerId: string, t: Texts, language: Language): Fact[] {
  const last = view.lastApproval;
  if (!last) return [{ label: '', value: t.approval.firstApproval }];
  const by = coordinatorName(last.by, viewerId, t.approval);
  const at = formatMoment(last.at, language);
  if (last.changes.length === 0) return [{ label: '', value: t.approval.noChanges(by, at) }];
  const place = (company: string | null) => (company === null ? t.approval.noPlace : userText(company));
  return [
    { label: '', value: t.approval.changedSince(by, at, last.changes.length) },
    ...listed(last.changes.map((c) => ({ label: c.studentNumber, value: t.approval.change(place(c.from), place(c.to)) })), t.coordinator),
  ];
}

export function approvalForm(view: ApprovalView, roundName: string, viewerId: string, t: Texts, language: Language): Form {
  const x = t.approval;
  const s = view.preview.statistics;
  const unmatched = view.preview.students.flatMap((st) => (st.status === 'unmatched' ? [{
    label: st.studentNumber, value: userText(st.causes.map((c) => previewCauseText(c, language)).join('; ')),
  }] : []));
  const pins = pinFacts(view, viewerId, t, language);
  const sections: Section[] = [
    { title: x.figures, facts: [
      ...(s.proposed > 0 ? [{ label: t.proposals.coordinator.perStudent, value: String(s.proposed) }] : []),
      { label: x.placed, value: String(s.matched) },
      { label: x.unplaced, value: String(s.unmatched) },
      { label: x.ownPlaces, value: String(s.ownPlacement) },
      { label: x.notConfirmed, value: String(s.notConfirmed) },
      { label: x.runBy, value: coordinatorName(view.preview.run.runBy, viewerId, x) },
      // What the matching weighed is part of what is approved.
      { label: t.weights.label, value: weightsLine(view.preview.run.weights, t) },
    ] },
    // Approving the proposals approves exactly these places to choose from.
    ...proposalsSections(view.preview, t),
    ...(unmatched.length ? [{ title: x.unplacedTitle(unmatched.length), facts: listed(unmatched, t.coordinator) }] : []),
    ...(pins.length ? [{ title: x.pinsTitle(pins.length), facts: pins }] : []),
    { title: x.changesTitle, facts: changeFacts(view, viewerId, t, language) },
  ];
  return {
    id: 'round.approve.review', title: x.title(roundName), intro: `${x.intro} ${x.typed(view.preview.run.id)}`, fields: [], sections,
    actions: [{ verb: 'round.approve', label: x.approveButton, data: { roundId: view.preview.run.roundId, runId: view.preview.run.id } }],
  };
}
