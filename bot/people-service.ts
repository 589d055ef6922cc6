import type { Locale } from './domain/common.js';
import type { DocumentStore } from './store/document-store.js';
import type { KoppelData } from './koppel-data.js';
import { conversationKey, roleOf, type PersonKey, type PersonRole } from './people.js';

export interface PeopleService {
  roleOf(person: PersonKey): Promise<PersonRole>;
  /** Keeps only the latest reference: an old Teams conversation may no longer exist. */
  rememberConversation(person: PersonKey, reference: object): Promise<void>;
  languagePreference(person: PersonKey): Promise<Locale | undefined>;
  /** The latest conversation reference a platform gave for this person, if any. */
  conversationOf(person: PersonKey): Promise<Record<string, unknown> | undefined>;
  setLanguagePreference(person: PersonKey, language: Locale): Promise<void>;
}

export function createPeopleService(store: DocumentStore<KoppelData>, coordinators: readonly string[], now: () => Date): PeopleService {
  return {
    roleOf: async (person) => roleOf(await store.read(), coordinators, person),
    rememberConversation: async (person, reference) => {
      const plain = JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
      await store.update((data) => {
        data.conversations[conversationKey(person)] = {
          platform: person.platform, userId: person.userId, reference: plain, updatedAt: now().toISOString(),
        };
      });
    },
    conversationOf: async (person) => (await store.read()).conversations[conversationKey(person)]?.reference,
    languagePreference: async (person) => (await store.read()).preferences[conversationKey(person)]?.language,
    setLanguagePreference: async (person, language) => {
      await store.update((data) => {
        data.preferences[conversationKey(person)] = { language };
      });
    },
  };
}
