import type { Round } from '../../bot/domain/round.js';
import { inProposalsStage, releaseMomentOf } from '../../bot/proposals/proposal-stage.js';
import { amsterdamMoment } from '../amsterdam-time.js';
import { formatMoment } from '../format-moment.js';
import { z } from 'zod/v4';
import type { DialogServices, Handler } from '../router.js';
import { parseTime, parseTypedMoment, type LocalMoment } from '../typed-moment.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { releaseProgressReply } from '../release/release-progress.js';
import { chooseRound } from './choose-round.js';
import { roundRefusalText } from './refusal-text.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });

/**
 * `ronde vrijgave`: the planned release moment, to confirm or change; or postpone a scheduled one;
 * once released, a live card that follows the delivery (sent / waiting / failed, with a retry).
 */
export const showRelease: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  // `ronde vrijgave 15-01-2027 09:00` or `ronde vrijgave morgen 9:00`: a moment, never a round's name.
  const args = turn.input.kind === 'text' ? turn.input.args : undefined;
  const typed = args ? parseTypedMoment(args, services.now()) : undefined;
  const asked = typed && turn.input.kind === 'text' ? { ...turn, input: { kind: 'text' as const, text: turn.input.text } } : turn;
  const found = await chooseRound(asked, services, 'round.release.form', ['approved', 'scheduled', 'released'], t.matching.chooseRound, typed ? { moment: `${typed.date} ${typed.time}` } : {});
  if ('replies' in found) return found.replies;
  const { round } = found;
  const carried = turn.input.kind === 'submit' && typeof turn.input.values.moment === 'string' ? parseTypedMoment(turn.input.values.moment, services.now()) : undefined;
  const moment = typed ?? carried;
  if (moment && round.status === 'approved') return schedule(round.id, moment, turn.language, services, turn.person.userId);
  if (round.status === 'released' || round.status === 'follow-up') {
    const overview = await services.release.overview(round.id);
    return overview ? [releaseProgressReply(overview, turn.language)] : [];
  }
  // A proposals round's first stage plans the proposals' moment: no default, it was never planned.
  const proposals = inProposalsStage(round);
  const planned = proposals ? round.proposalsAt : round.releaseAt;
  const local = planned ? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date(planned)) : undefined;
  const [date, time] = local ? local.split(' ') : [undefined, undefined];
  const scheduled = round.status === 'scheduled';
  return [{ kind: 'form', form: {
    id: 'round.release', title: t.release.title(userText(round.name)), intro: scheduled ? scheduledText(round, turn.language) : proposals ? textsFor(turn.language).proposals.coordinator.releaseIntro : t.release.intro,
    fields: scheduled ? [] : [
      { kind: 'date', id: 'date', label: t.release.date, value: date, required: { message: t.newRound.required } },
      { kind: 'time', id: 'time', label: t.release.time, value: time, required: { message: t.newRound.required } },
      // Pickers differ per client (12-hour steps of 30 minutes in some): typing is always possible.
      { kind: 'text', id: 'typed', label: t.release.typed, placeholder: t.release.typedPlaceholder, maxLength: 40 },
    ],
    actions: scheduled
      ? [{ verb: 'round.release.cancel', label: t.release.cancel, data: { roundId: round.id }, style: 'secondary' }]
      : [{ verb: 'round.release.schedule', label: t.release.schedule, data: { roundId: round.id } }],
  } }];
});

export const scheduleRelease: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const v = ReleaseSubmit.safeParse(turn.input.kind === 'submit' ? turn.input.values : {});
  if (!v.success) return [text(t.release.unreadable)];
  const { roundId, date, time, typed } = v.data;
  // What was typed wins over the pickers: it is what the coordinator last looked at.
  const moment = typed ? parseTypedMoment(typed, services.now()) : date && time && parseTime(time) ? { date, time: parseTime(time)! } : undefined;
  if (!moment) return [text(t.release.unreadable)];
  return schedule(roundId, moment, turn.language, services, turn.person.userId);
});

const ReleaseSubmit = z.object({
  roundId: z.string().default(''),
  date: z.preprocess((x) => (x === '' ? undefined : x), z.iso.date().optional()),
  time: z.string().max(20).optional(),
  typed: z.string().trim().max(40).optional().transform((x) => x || undefined),
});

async function schedule(roundId: string, moment: LocalMoment, language: Language, services: DialogServices, actorId: string): Promise<Reply[]> {
  const t = textsFor(language).coordinator;
  const result = await services.rounds.scheduleRelease(roundId, actorId, amsterdamMoment(moment.date, moment.time));
  if (!result.ok) return [text(await roundRefusalText(result.refusal, roundId, services, t))];
  return [text(scheduledText(result.round, language))];
}

function scheduledText(round: Round, language: Language): string {
  const moment = formatMoment(releaseMomentOf(round), language);
  return inProposalsStage(round) ? textsFor(language).proposals.coordinator.scheduled(userText(round.name), moment) : textsFor(language).coordinator.release.scheduled(userText(round.name), moment);
}

export const cancelRelease: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const roundId = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : '';
  const result = await services.rounds.cancelRelease(roundId, turn.person.userId);
  return [text(result.ok ? t.release.cancelled(userText(result.round.name)) : await roundRefusalText(result.refusal, roundId, services, t))];
});

/** Sends a released round's failed messages again, then shows the progress card. */
export const retryRelease: Handler = coordinatorOnly(async (turn, services) => {
  const roundId = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : '';
  const { retried: count, stillUnreachable } = await services.release.retry(roundId, turn.person.userId);
  const overview = await services.release.overview(roundId);
  const t = textsFor(turn.language).release.progress;
  const said = [t.retried(count), stillUnreachable > 0 ? t.stillUnreachable(stillUnreachable) : ''].filter(Boolean).join(' ');
  return [text(overview?.status === 'released' ? said : t.notReleased), ...(overview ? [releaseProgressReply(overview, turn.language)] : [])];
});
