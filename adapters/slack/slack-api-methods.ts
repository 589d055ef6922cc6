// Every Slack Web API method the adapter calls, with the bot scopes it needs
// (docs.slack.dev/reference/methods). The manifest test checks that the manifest grants all of
// them, and that the adapter's code calls no method missing from this list.
export const SLACK_API_METHODS = {
  'auth.test': [],
  'conversations.open': ['im:write'],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'views.open': [],
  'views.update': [],
  'views.publish': [],
  'users.info': ['users:read', 'users:read.email'],
  'files.uploadV2': ['files:write'],
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
} as const satisfies Record<string, readonly string[]>;

export type SlackApiMethod = keyof typeof SLACK_API_METHODS;

/**
 * What the adapter fetches from Slack outside the Web API, with the bot scopes it needs: the files
 * people send in the DM, downloaded from their url_private_download with the bot token. The
 * manifest test requires these scopes as soon as the adapter's code reads such a URL.
 */
export const SLACK_FILE_ACCESS = {
  url_private_download: ['files:read'],
} as const satisfies Record<string, readonly string[]>;

/** Scopes that come with a feature rather than a method: the slash command, and reading DMs sent to the bot (message.im). */
export const SLACK_FEATURE_SCOPES = ['commands', 'im:history'] as const;

export const SLACK_BOT_EVENTS = ['app_home_opened', 'message.im'] as const;

export const SLACK_COMMAND = '/koppel';

export const SLACK_EVENTS_PATH = '/slack/events';
