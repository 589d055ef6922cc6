import type { Handler } from './router.js';
import { textsFor } from './texts/index.js';
import { notUnderstood } from './welcome-dialog.js';

const roleWords: Record<string, 'student' | 'company-contact' | 'coordinator'> = {
  student: 'student', bedrijf: 'company-contact', company: 'company-contact', leerbedrijf: 'company-contact',
  coordinator: 'coordinator', 'coördinator': 'coordinator', coordinatoor: 'coordinator',
};

/** `demo rol student|bedrijf|coördinator`: only in the demo, where one person holds every role. */
export const switchDemoRole: Handler = async (turn, services) => {
  if (!services.demoMode || turn.input.kind !== 'text') return notUnderstood(turn, services);
  const t = textsFor(turn.language).demo;
  const word = turn.input.text.trim().toLowerCase().split(/\s+/)[2];
  const role = word ? roleWords[word] : undefined;
  if (!role) return [{ kind: 'text', text: t.usage }];
  const chosen = await services.chooseRole(turn.person, role);
  return [{ kind: 'text', text: chosen ? t.switched(t.roles[role]) : t.notHeld }];
};
