import { amsterdamMoment } from '../amsterdam-time.js';
import { formatMoment } from '../format-moment.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
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
  const found = await chooseRound(turn, services, 'round.release.form', ['approved', 'scheduled', 'released'], t.matching.chooseRound);
  if ('replies' in found) return found.replies;
  const { round } = found;
  if (round.status === 'released' || round.status === 'follow-up') {
    const overview = await services.release.overview(round.id);
    return overview ? [releaseProgressReply(overview, turn.language)] : [];
  }
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date(round.releaseAt));
  const [date, time] = local.split(' ');
  const scheduled = round.status === 'scheduled';
  return [{ kind: 'form', form: {
    id: 'round.release', title: t.release.title(userText(round.name)), intro: scheduled ? t.release.scheduled(userText(round.name), formatMoment(round.releaseAt, turn.language)) : t.release.intro,
    fields: scheduled ? [] : [
      { kind: 'date', id: 'date', label: t.release.date, value: date, required: { message: t.newRound.required } },
      { kind: 'time', id: 'time', label: t.release.time, value: time, required: { message: t.newRound.required } },
    ],
    actions: scheduled
      ? [{ verb: 'round.release.cancel', label: t.release.cancel, data: { roundId: round.id }, style: 'secondary' }]
      : [{ verb: 'round.release.schedule', label: t.release.schedule, data: { roundId: round.id } }],
  } }];
});

export const scheduleRelease: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language).coordinator;
  const v = turn.input.kind === 'submit' ? turn.input.values : {};
  const valid = typeof v.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && typeof v.time === 'string' && /^\d{2}:\d{2}$/.test(v.time);
  if (!valid) return [text(t.release.inPast)];
  const result = await services.rounds.scheduleRelease(String(v.roundId ?? ''), turn.person.userId, amsterdamMoment(String(v.date), String(v.time)));
  if (!result.ok) return [text(await roundRefusalText(result.refusal, String(v.roundId ?? ''), services, t))];
  return [text(t.release.scheduled(userText(result.round.name), formatMoment(result.round.releaseAt, turn.language)))];
});

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
