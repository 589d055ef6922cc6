import { checkInFigures, figure, type CheckInGroup, type Figure } from '../check-ins/check-in-figures.js';
import { evaluationFigures, type EvaluationFigures } from '../evaluations/evaluation-figures.js';
import { contactMomentFigures, type ContactMomentFigures } from '../contact-moments/contact-moments.js';
import { REFUSAL_REASONS, type RefusalReason } from '../domain/placement.js';
import { REPORT_PHASES, type ReportPhase } from '../domain/report.js';
import { currentOfferId } from '../follow-up/placements.js';
import { waitingStudents } from '../follow-up/rematch.js';
import type { KoppelView } from '../koppel-data.js';
import { latestRun } from '../matching-runs/run-records.js';

// A round's figures, computed from the store: what a coordinator acts on and what the ministry's
// monitoring asks for. Counts of people per programme or company are shown as "< 5" from 1 to 4, so
// nobody in a small group can be recognised; round totals are shown as they are.

export { figure, type Figure };

export interface ProgrammeFigures {
  programmeCode: string;
  imported: Figure;
  confirmed: Figure;
  ownPlace: Figure;
  placed: Figure;
  waiting: Figure;
}

export interface CompanyFigures {
  companyId: string;
  offered: number;
  used: number;
  left: number;
  refusals: Figure;
}

export interface RoundFigures {
  roundId: string;
  roundName: string;
  status: string;
  totals: { imported: number; confirmed: number; ownPlace: number; placed: number; waiting: number };
  programmes: ProgrammeFigures[];
  companies: CompanyFigures[];
  /** Ranked rounds: the share of placed students at their first choice (0–1), else undefined. */
  firstChoiceShare?: number;
  /** Travel time of the places, in bands of 15 minutes ('0-15', '15-30', … '60+'). */
  travelMinutes: Record<string, number>;
  refusalsByReason: Record<RefusalReason, number>;
  meetings: { held: number; feltLikeSelection: number };
  contactMoments: Pick<ContactMomentFigures, 'internships' | 'enoughHeld' | 'onSiteHeld'>;
  /** Reports to the meldpunt (of the whole school, not per round: reports carry no round), by phase, and forwarded to SBB. */
  reports: { byPhase: Record<ReportPhase, Figure>; forwarded: Figure };
  /** Check-in answers and evaluations, as the anonymous figures staff may see. */
  checkIns: CheckInGroup[];
  evaluations: EvaluationFigures[];
  /** Days from the release to the start of the internships. */
  daysReleaseToStart: number;
  /** The ministry's indicators. */
  indicators: { reports: number; applicationsPerPlacedStudent: number; struggledShare: number };
}

const BANDS = [15, 30, 45, 60];

export function roundFigures(view: Readonly<KoppelView>, roundId: string): RoundFigures | undefined {
  const round = Object.hasOwn(view.rounds, roundId) ? view.rounds[roundId] : undefined;
  if (!round) return undefined;
  const students = Object.values(view.students).filter((s) => s.roundId === roundId);
  const released = ['released', 'follow-up', 'archived'].includes(round.status);
  const run = latestRun(view, roundId);
  const placeOf = (studentId: string) => currentOfferId(view, roundId, studentId, released);
  const placed = new Map(students.flatMap((s) => { const offerId = placeOf(s.id); return offerId ? [[s.id, offerId] as const] : []; }));
  const waiting = new Set(released ? waitingStudents(view, roundId).map((s) => s.id).filter((id) => !placed.has(id))
    : students.filter((s) => s.intakeStatus === 'confirmed' && !placed.has(s.id)).map((s) => s.id));
  const byProgramme = new Map<string, typeof students>();
  for (const s of students) byProgramme.set(s.programmeCode, [...(byProgramme.get(s.programmeCode) ?? []), s]);
  const count = (list: typeof students, test: (s: (typeof students)[number]) => boolean) => list.filter(test).length;
  const totals = {
    imported: students.length, confirmed: count(students, (s) => s.intakeStatus === 'confirmed'), ownPlace: count(students, (s) => s.intakeStatus === 'own-placement'),
    placed: placed.size, waiting: waiting.size,
  };
  const placements = Object.values(view.placements).filter((p) => p.roundId === roundId);
  const offers = Object.values(view.offers).filter((o) => o.roundId === roundId);
  const companies = [...new Set(offers.map((o) => o.companyId))].sort().map((companyId) => {
    const own = offers.filter((o) => o.companyId === companyId);
    const offered = own.reduce((sum, o) => sum + Math.min(o.places, o.supervisionCapacity), 0);
    const used = [...placed.values()].filter((offerId) => own.some((o) => o.id === offerId)).length;
    return { companyId, offered, used, left: Math.max(0, offered - used), refusals: figure(placements.filter((p) => p.companyId === companyId && p.refusal).length) };
  });
  const travelMinutes: Record<string, number> = Object.fromEntries([...BANDS.map((b, i) => [`${i === 0 ? 0 : BANDS[i - 1]}-${b}`, 0]), ['60+', 0]]);
  for (const match of Object.values(view.matches)) {
    if (match.runId !== run?.id || !match.offerId) continue;
    const minutes = match.reasons.find((r) => r.code === 'travel')?.params.minutes;
    if (typeof minutes !== 'number') continue;
    const band = BANDS.findIndex((b) => minutes <= b);
    travelMinutes[band < 0 ? '60+' : `${band === 0 ? 0 : BANDS[band - 1]}-${BANDS[band]}`] += 1;
  }
  const ranked = round.mechanism === 'ranked' ? students.filter((s) => s.ranking.length > 0 && placed.has(s.id)) : [];
  const refusalsByReason = Object.fromEntries(REFUSAL_REASONS.map((r) => [r, placements.filter((p) => p.refusal?.reason === r).length])) as Record<RefusalReason, number>;
  const reports = Object.values(view.reports);
  const refusedStudents = new Set(placements.filter((p) => p.refusal?.decision === 'upheld').map((p) => p.studentId));
  const struggled = new Set([...waiting, ...refusedStudents]).size;
  return {
    roundId, roundName: round.name, status: round.status, totals,
    programmes: [...byProgramme].sort(([a], [b]) => a.localeCompare(b)).map(([programmeCode, list]) => ({
      programmeCode, imported: figure(list.length), confirmed: figure(count(list, (s) => s.intakeStatus === 'confirmed')), ownPlace: figure(count(list, (s) => s.intakeStatus === 'own-placement')),
      placed: figure(count(list, (s) => placed.has(s.id))), waiting: figure(count(list, (s) => waiting.has(s.id))),
    })),
    companies,
    ...(ranked.length > 0 ? { firstChoiceShare: ranked.filter((s) => s.ranking[0] === placed.get(s.id)).length / ranked.length } : {}),
    travelMinutes,
    refusalsByReason,
    meetings: { held: placements.filter((p) => p.meeting?.heldByStudentAt || p.meeting?.heldByCompanyAt).length, feltLikeSelection: placements.filter((p) => p.meeting?.feltLikeSelection === true).length },
    contactMoments: (({ internships, enoughHeld, onSiteHeld }) => ({ internships, enoughHeld, onSiteHeld }))(contactMomentFigures(view, roundId)),
    reports: {
      byPhase: Object.fromEntries(REPORT_PHASES.map((phase) => [phase, figure(reports.filter((r) => r.phase === phase).length)])) as Record<ReportPhase, Figure>,
      forwarded: figure(reports.filter((r) => r.sbb.forwardedAt).length),
    },
    checkIns: checkInFigures(view, roundId),
    evaluations: evaluationFigures(view, roundId),
    daysReleaseToStart: Math.round((Date.parse(`${round.internshipStart}T00:00:00Z`) - Date.parse(round.releaseAt)) / 86_400_000),
    indicators: {
      reports: reports.length,
      // Matching through school: a placed student applied nowhere; one placement each.
      applicationsPerPlacedStudent: placed.size > 0 ? 1 : 0,
      struggledShare: totals.confirmed > 0 ? struggled / totals.confirmed : 0,
    },
  };
}
