import { isDeepStrictEqual } from 'node:util';
import type { Locale } from './domain/common.js';
import type { KoppelView } from './koppel-data.js';
import { conversationKey, personScope, roleOf, rolesHeld, type PersonKey, type PersonRole } from './people.js';
import { mergeScopes } from './scoped-work.js';
import { byIds, byKeys, emailKey, type KoppelStore, type Scope } from './store/index.js';

export interface PeopleService {
  roleOf(person: PersonKey): Promise<PersonRole>;
  /** Keeps the platform's latest conversation reference; true when it was new or changed (a first contact, or a new chat). */
  rememberConversation(person: PersonKey, reference: object): Promise<boolean>;
  languagePreference(person: PersonKey): Promise<Locale | undefined>;
  /** The latest conversation reference a platform gave for this person, if any. */
  conversationOf(person: PersonKey): Promise<Record<string, unknown> | undefined>;
  setLanguagePreference(person: PersonKey, language: Locale): Promise<void>;
  /** Chooses which of their roles someone acts in; false when they do not hold that role. */
  chooseRole(person: PersonKey, role: 'coordinator' | 'student' | 'company-contact'): Promise<boolean>;
  /** Keeps the id of the latest live card sent under a key, to update that card later. */
  rememberLiveMessage(person: PersonKey, key: string, activityId: string): Promise<void>;
  /** The language to write to someone in: their own choice, else the one their school recorded, else Dutch. */
  languageFor(person: PersonKey): Promise<Locale>;
  /**
   * The language of this person's turn: their own choice, else what their platform reports now (which
   * is remembered for turns and messages without it), else what it reported before. Pass the
   * platform's language only when the activity really carried one.
   */
  settleLanguage(person: PersonKey, reported: Locale | undefined): Promise<Locale>;
  /**
   * Links a person the school imported by e-mail or UPN to their chat account, the first time they
   * write (or install the app). Returns the student's id when a link was made.
   */
  linkByEmail(person: PersonKey, emails: readonly string[]): Promise<string | undefined>;
}

export interface PeopleServiceOptions {
  store: KoppelStore;
  /** User ids (and Azure AD object ids) of the school's coordinators. */
  coordinators: readonly string[];
  now: () => Date;
}

/**
 * What a turn asks about the person who wrote (who they are, their language, their conversation),
 * read as one scope: within a turn (bot/store/turn-reads.ts) the store is asked once for all of it.
 */
function personView(person: PersonKey): Scope {
  return { ...personScope(person), conversations: byIds(conversationKey(person)) };
}

export function createPeopleService({ store, coordinators, now }: PeopleServiceOptions): PeopleService {
  const languageFor = async (person: PersonKey): Promise<Locale> => {
    // The student record is among those that name the person's accounts, so one read holds both.
    const data = await store.read(personView(person));
    const role = roleOf(data, coordinators, person);
    const preference = data.preferences[conversationKey(person)];
    return preference?.language ?? preference?.platformLanguage ?? (role.kind === 'student' ? data.students[role.studentId].locale : 'nl');
  };
  return {
    roleOf: async (person) => roleOf(await store.read(personView(person)), coordinators, person),
    rememberConversation: async (person, reference) => {
      const plain = JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
      const key = conversationKey(person);
      const scope = { conversations: byIds(key) };
      // As values, not as text: PostgreSQL's jsonb gives an object's keys back in an order of its own.
      const known = (data: Readonly<KoppelView>) => isDeepStrictEqual(data.conversations[key]?.reference, plain);
      // Nearly every turn brings the reference Koppel already holds: a read answers it, and updatedAt
      // keeps saying when the reference last changed.
      if (known(await store.read(personView(person)))) return false;
      // Not waited for on disk (like the claim of an activity): whatever is sent to the person is
      // queued after it and so written no later, and a reference lost in a crash comes with the next turn.
      return store.update(scope, (data) => {
        if (known(data)) return false;
        data.conversations[key] = { platform: person.platform, userId: person.userId, reference: plain, updatedAt: now().toISOString() };
        return true;
      }, { durable: 'with-next-write' });
    },
    conversationOf: async (person) => {
      const key = conversationKey(person);
      return (await store.read({ conversations: byIds(key) })).conversations[key]?.reference;
    },
    languagePreference: async (person) => {
      const key = conversationKey(person);
      return (await store.read(personView(person))).preferences[key]?.language;
    },
    rememberLiveMessage: async (person, key, activityId) => {
      await store.update({ liveMessages: byIds(key) }, (data) => {
        data.liveMessages[key] = { platform: person.platform, userId: person.userId, activityId, sentAt: now().toISOString() };
      });
    },
    languageFor,
    settleLanguage: async (person, reported) => {
      const key = conversationKey(person);
      const scope = { preferences: byIds(key) };
      if (reported !== undefined && (await store.read(personView(person))).preferences[key]?.platformLanguage !== reported) {
        // The language the platform reports comes with every turn: not waited for on disk either.
        await store.update(scope, (data) => {
          data.preferences[key] = { ...data.preferences[key], platformLanguage: reported };
        }, { durable: 'with-next-write' });
      }
      // The same rule as for proactive messages, so a turn and what arrives with it agree.
      return languageFor(person);
    },
    linkByEmail: async (person, emails) => {
      const wanted = emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
      if (wanted.length === 0) return undefined;
      const scope = mergeScopes(personScope(person), { students: byKeys(...wanted.map(emailKey)) });
      return store.update(scope, (data) => {
        if (roleOf(data, coordinators, person).kind !== 'unknown') return undefined;
        const student = Object.values(data.students).find((s) => s.pendingEmail && wanted.includes(s.pendingEmail)
          && !s.identities.some((i) => i.platform === person.platform));
        if (!student) return undefined;
        student.identities.push({ platform: person.platform, userId: person.userId });
        student.pendingEmail = undefined;
        return student.id;
      });
    },
    chooseRole: (person, role) => store.update(personScope(person), (data) => {
      if (!rolesHeld(data, coordinators, person).some((r) => r.kind === role)) return false;
      data.preferences[conversationKey(person)] = { ...data.preferences[conversationKey(person)], role };
      return true;
    }),
    setLanguagePreference: async (person, language) => {
      const key = conversationKey(person);
      await store.update({ preferences: byIds(key) }, (data) => {
        data.preferences[key] = { ...data.preferences[key], language };
      });
    },
  };
}
