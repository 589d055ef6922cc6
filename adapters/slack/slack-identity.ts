import type { Conversations } from '../../dialogs/conversations.js';
import type { DialogServices } from '../../dialogs/router.js';
import { languageOf, type Language, type Turn, type TurnInput } from '../../dialogs/turn.js';
import type { SlackClient } from './slack-client.js';

// Who wrote, and in which language. A Slack user is known to Koppel by their user id; someone the
// school imported by e-mail is linked the first time they write, with the e-mail Slack reports
// (users.info, scope users:read.email), as Teams does with its member lookup.

export interface IdentityDeps {
  client: SlackClient;
  people: Pick<DialogServices, 'roleOf' | 'languagePreference'> & Pick<Conversations, 'linkByEmail'>;
  log: (event: string, fields: Record<string, string | number | boolean>) => void;
  now?: () => number;
}

interface Profile {
  email?: string;
  locale?: string;
  at: number;
}

// A profile changes rarely; looking it up once an hour keeps users.info calls low.
const PROFILE_TTL_MS = 3600_000;

export function createIdentity(deps: IdentityDeps) {
  const now = deps.now ?? Date.now;
  const profiles = new Map<string, Profile>();

  const profile = async (userId: string): Promise<Profile> => {
    const cached = profiles.get(userId);
    if (cached && now() - cached.at < PROFILE_TTL_MS) return cached;
    try {
      const info = await deps.client.users.info({ user: userId, include_locale: true });
      const found: Profile = { email: info.user?.profile?.email, locale: info.user?.locale, at: now() };
      profiles.set(userId, found);
      return found;
    } catch (error) {
      // Without the profile Koppel still answers, in Dutch, and links on a later message.
      deps.log('slack.profile-failed', { error: (error as { code?: string }).code ?? 'unknown' });
      return { at: now() };
    }
  };

  return {
    /** The neutral turn for a Slack user; links them by e-mail first when Koppel does not know them yet. */
    async turn(userId: string, input: TurnInput): Promise<Turn> {
      const person = { platform: 'slack' as const, userId };
      const found = await profile(userId);
      if ((await deps.people.roleOf(person)).kind === 'unknown' && found.email) {
        // A student's or a company's id: whom this person turned out to be.
        const linkedTo = await deps.people.linkByEmail(person, [found.email]);
        if (linkedTo) deps.log('person.linked', { linkedTo });
      }
      // The router applies a chosen language too; here it also decides the platform words (buttons).
      return { person, language: (await deps.people.languagePreference(person)) ?? languageOf(found.locale), input };
    },
    /** The language for platform words in a message Koppel starts: the person's choice, else their Slack locale. */
    async language(userId: string): Promise<Language> {
      const person = { platform: 'slack' as const, userId };
      return (await deps.people.languagePreference(person)) ?? languageOf((await profile(userId)).locale);
    },
  };
}

export type Identity = ReturnType<typeof createIdentity>;
