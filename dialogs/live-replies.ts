import { statusReply } from './coordinator/status-dialog.js';
import { releaseProgressReply } from './release/release-progress.js';
import type { DialogServices } from './router.js';
import { liveResultReply } from './student/result-content.js';
import type { Reply, Turn } from './turn.js';

export { liveResultKey } from '../bot/results/live-keys.js';

/**
 * The current content of a live message, for the person looking at it. Only the student a result
 * belongs to may see it, and only coordinators a round's status or a release's progress; anyone else gets nothing, so a
 * forwarded card reveals nothing.
 */
export async function refreshLive(key: string, incoming: Turn, services: DialogServices): Promise<Extract<Reply, { kind: 'live' }> | undefined> {
  // A refresh comes straight from the platform, past the router: apply the language the person chose here too.
  const turn = { ...incoming, language: (await services.languagePreference(incoming.person)) ?? incoming.language };
  const [kind, id] = key.split(':');
  if (!id) return undefined;
  const role = await services.roleOf(turn.person);
  if (kind === 'result') {
    if (role.kind !== 'student' || role.studentId !== id) return undefined;
    const result = await services.studentResult(id);
    return result ? liveResultReply(id, result, turn.language) : undefined;
  }
  if (kind === 'status' && role.kind === 'coordinator') {
    const round = (await services.rounds.list()).find((r) => r.id === id);
    return round ? statusReply(round, services, turn.language) : undefined;
  }
  if (kind === 'release' && role.kind === 'coordinator') {
    const overview = await services.release.overview(id);
    return overview ? releaseProgressReply(overview, turn.language) : undefined;
  }
  return undefined;
}
