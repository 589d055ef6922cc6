import { RoundStatus, type Round } from '../../bot/domain/round.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { chooseRound } from './choose-round.js';
import { proposalsSection } from './proposals-status.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });
const ALL_STATES = RoundStatus.options;

/** The key of a coordinator's live status card of a round. */
export function statusKey(roundId: string): string {
  return `status:${roundId}`;
}

/**
 * `ronde status`: how far students and companies are, usable places against students per programme
 * and work process, and the days to each moment; a live card, refreshed in place.
 */
export const showStatus: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.status;
  if ((await services.rounds.list()).length === 0) return [text(x.noRounds)];
  const found = await chooseRound(turn, services, 'round.status', ALL_STATES, x.chooseRound);
  return 'replies' in found ? found.replies : [await statusReply(found.round, services, turn.language)];
});

export async function statusReply(round: Round, services: DialogServices, language: Language): Promise<Extract<Reply, { kind: 'live' }>> {
  const x = textsFor(language).coordinator.status;
  return { kind: 'live', key: statusKey(round.id), form: await statusForm(round, services, language), refreshLabel: x.refresh };
}

/** After a match, before the release: where the first extra places would place the most students still without one. */
async function extraPlacesSection(round: Round, services: DialogServices, language: Language): Promise<NonNullable<Form['sections']>> {
  if (!['matched', 'approved', 'scheduled'].includes(round.status)) return [];
  // Three offers re-solved: the card refreshes whenever it is looked at.
  const advice = (await services.extraPlaces(round.id, 3)).slice(0, 3);
  if (advice.length === 0) return [];
  const x = textsFor(language).coordinator.extraPlaces;
  const companies = await services.companies.list();
  return [{ title: x.title(userText(round.name)), facts: advice.map((a) => ({
    label: `${userText(companies.find((c) => c.id === a.companyId)?.name ?? a.companyId)}, ${userText(a.municipality)}`,
    value: x.line(a.withOne, a.withThree, a.reachable, a.workProcesses.join(', ')),
  })) }];
}

async function statusForm(round: Round, services: DialogServices, language: Language): Promise<Form> {
  const x = textsFor(language).coordinator.status;
  const supply = await services.roundSupply(round.id);
  const messages = await services.messageProgress(round.id);
  // Usable places are the smaller of places and supervision; both are shown, so it is clear which one limits.
  const lines = (items: typeof supply.perProgramme) => items.map((l) => ({ label: l.label, value: `${x.line(l.usable, l.studentsTotal, l.shortage)} · ${x.capacity(l.places, l.supervision)}` }));
  const s = supply.students;
  const unanswered = supply.unanswered.length ? (await services.companies.list()).filter((c) => supply.unanswered.includes(c.id)).map((c) => userText(c.name)).join(', ') : '';
  return {
    id: 'round.status', title: x.title(userText(round.name)), fields: [], actions: [],
    sections: [
      { title: x.round, facts: [{ label: x.phase, value: x.phases[round.status] }] },
      ...(await proposalsSection(round, services, language)),
      ...(await resultSection(round, services, language)),
      ...(await extraPlacesSection(round, services, language)),
      { title: x.students, facts: [
        { label: x.studentsImported, value: String(s.imported) },
        { label: x.studentsReachable, value: String(s.reachable) },
        { label: x.studentsStarted, value: String(s.started) },
        { label: x.studentsConfirmed, value: String(s.confirmed) },
        { label: x.studentsOwnPlace, value: String(s.ownPlacement) },
        // Confirmed before an offer asked this: the matching counts them as not meeting it until they answer.
        ...supply.neverAsked.map((n) => ({ label: x.neverAsked(textsFor(language).company.offer.requirementLabels[n.requirement]), value: String(n.students) })),
      ] },
      { title: x.companies, facts: [
        { label: x.companies, value: x.answered(supply.companiesAnswered, supply.companiesInvited) },
        ...(unanswered ? [{ label: x.unanswered, value: unanswered }] : []),
        ...(supply.otherRequirementsPending > 0 ? [{ label: x.otherRequirementsPending, value: String(supply.otherRequirementsPending) }] : []),
      ] },
      { title: x.perProgramme, facts: lines(supply.perProgramme) },
      // One heading per programme: the same code means different work in another qualification.
      ...supply.perProgramme.flatMap((programme) => {
        const ofProgramme = supply.perWorkProcess.filter((l) => l.programmeCode === programme.programmeCode);
        return ofProgramme.length ? [{ title: x.workProcessesOf(programme.label), facts: lines(ofProgramme) }] : [];
      }),
      ...(messages.sent + messages.waiting + messages.failed > 0 ? [{ title: x.messages, facts: [
        { label: x.messagesSent, value: String(messages.sent) },
        { label: x.messagesWaiting, value: String(messages.waiting) },
        { label: x.messagesFailed, value: String(messages.failed) },
      ] }] : []),
      { title: x.moments, facts: momentFacts(round, supply.daysLeft, language) },
    ],
  };
}

/** Once there is a match: how many have a place, and whether it is approved. */
async function resultSection(round: Round, services: DialogServices, language: Language): Promise<NonNullable<Form['sections']>> {
  if (['draft', 'open', 'closed'].includes(round.status)) return [];
  const preview = await services.runs.preview(round.id);
  if (!preview) return [];
  const x = textsFor(language).coordinator.status;
  const st = preview.statistics;
  return [{ title: x.result, facts: [
    ...(st.proposed > 0 ? [{ label: textsFor(language).proposals.coordinator.perStudent, value: String(st.proposed) }] : []),
    { label: x.placed, value: String(st.matched) },
    { label: x.unplaced, value: String(st.unmatched) },
    { label: x.ownPlace, value: String(st.ownPlacement) },
    { label: x.approval, value: preview.run.approvedBy ? x.approvedYes : x.approvedNo },
  ] }];
}

/**
 * Days are counted only towards what is still ahead for this round: a deadline of a round closed
 * early is not "still 9 days", and a released result is sent, not "passed".
 */
function momentFacts(round: Round, daysLeft: { wishes: number; offers: number; release: number } | undefined, language: Language): Array<{ label: string; value: string }> {
  const x = textsFor(language).coordinator.status;
  const at = (iso: string) => formatMoment(iso, language);
  const open = round.status === 'draft' || round.status === 'open';
  const deadline = (iso: string, days: number | undefined) =>
    open || days === undefined ? (days === undefined ? at(iso) : x.until(at(iso), days)) : days > 0 ? x.closedEarly(at(iso)) : x.until(at(iso), days);
  const sent = ['released', 'follow-up', 'archived'].includes(round.status);
  return [
    { label: x.wishesDeadline, value: deadline(round.wishesDeadline, daysLeft?.wishes) },
    { label: x.offersDeadline, value: deadline(round.offersDeadline, daysLeft?.offers) },
    { label: x.releaseAt, value: sent ? x.sent(at(round.releaseAt)) : daysLeft === undefined ? at(round.releaseAt) : x.until(at(round.releaseAt), daysLeft.release) },
  ];
}
