import type { DialogServices } from './router.js';
import { resultForm } from './student/result-content.js';
import type { Reply, Turn } from './turn.js';

export { liveResultKey } from '../bot/results/live-keys.js';

/**
 * The current content of a live message, for the person looking at it. Only the student a result
 * belongs to may see it; anyone else gets nothing, so a forwarded card reveals nothing.
 */
export async function refreshLive(key: string, turn: Turn, services: DialogServices): Promise<Extract<Reply, { kind: 'live' }> | undefined> {
  const [kind, studentId] = key.split(':');
  if (kind !== 'result' || !studentId) return undefined;
  const role = await services.roleOf(turn.person);
  if (role.kind !== 'student' || role.studentId !== studentId) return undefined;
  const result = await services.studentResult(studentId);
  return result ? { kind: 'live', key, form: resultForm(result, turn.language) } : undefined;
}
