import { createConversations, type Conversations } from '../conversations.js';
import type { DialogServices } from '../router.js';
import { fakeServices } from './fake-services.js';

/**
 * An adapter's port for tests: the real dialogs' wiring on fake services (see fakeServices), where
 * nobody is linked or remembered, with the parts a test gives instead (e.g. a `handleTurn` that records).
 */
export function fakeConversations(overrides: Partial<Omit<Conversations, 'services'>> & { services?: Partial<DialogServices> } = {}): Conversations {
  const { services, ...parts } = overrides;
  const base = createConversations({
    ...fakeServices(services ?? {}),
    linkByEmail: async () => undefined,
    rememberConversation: async () => undefined,
    rememberLiveMessage: async () => {},
  });
  return { ...base, ...parts };
}
