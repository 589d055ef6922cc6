import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_API_METHODS, SLACK_BOT_EVENTS, SLACK_COMMAND, SLACK_EVENTS_PATH, SLACK_FEATURE_SCOPES, SLACK_FILE_ACCESS } from './slack-api-methods.js';

const here = dirname(fileURLToPath(import.meta.url));
const adapterDir = here;
const manifest = parse(readFileSync(join(here, '../../manifest/slack/manifest.yaml'), 'utf8'));
const requestUrl = `https://<your-host>${SLACK_EVENTS_PATH}`;

/** The adapter's own code (tests and fakes left out), file by file. */
const adapterSources = () => readdirSync(adapterDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(adapterDir, f), 'utf8'));

/** Every Web API method the adapter's own code calls as `client.<family>.<method>(`. */
function methodsCalledInCode(): string[] {
  const found = new Set<string>();
  for (const source of adapterSources()) {
    for (const m of source.matchAll(/client\.(auth|chat|conversations|files|users|views)\.(\w+)\(/g)) found.add(`${m[1]}.${m[2]}`);
  }
  return [...found].sort();
}

/** The private file URLs (`file.url_private…`) the adapter's own code reads, to download with the bot token. */
function fileUrlsReadInCode(): string[] {
  const found = new Set<string>();
  for (const source of adapterSources()) {
    for (const m of source.matchAll(/\.(url_private\w*)\b/g)) found.add(m[1]);
  }
  return [...found].sort();
}

describe('the Slack app manifest', () => {
  it('grants exactly the bot scopes the adapter needs, and the adapter calls no method outside its list', () => {
    const called = methodsCalledInCode();
    expect(called.length).toBeGreaterThan(5);
    for (const method of called) expect(Object.keys(SLACK_API_METHODS)).toContain(method);
    const fileUrls = fileUrlsReadInCode();
    expect(fileUrls).toEqual(Object.keys(SLACK_FILE_ACCESS).sort());
    const needed = new Set<string>([
      ...Object.values(SLACK_API_METHODS).flat(), ...SLACK_FEATURE_SCOPES,
      ...fileUrls.flatMap((field) => SLACK_FILE_ACCESS[field as keyof typeof SLACK_FILE_ACCESS]),
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('asks for files:read because the adapter downloads the files people send in the DM', () => {
    expect(fileUrlsReadInCode()).toContain('url_private_download');
    expect(manifest.oauth_config.scopes.bot).toContain('files:read');
  });

  it('has the /koppel command, the events and interactivity on the one request URL', () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: SLACK_COMMAND, url: requestUrl, usage_hint: expect.stringContaining('help') })]);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...SLACK_BOT_EVENTS].sort());
    expect(manifest.settings.event_subscriptions.request_url).toBe(requestUrl);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: requestUrl, message_menu_options_url: requestUrl });
  });

  it('lets people write to the bot (Messages tab) and has the Home tab', () => {
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.features.bot_user.display_name).toBe('Koppel');
  });

  it('has the display information Slack requires (long description 174 to 4000 characters)', () => {
    expect(manifest.display_information.name).toBe('Koppel');
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
    expect(manifest.display_information.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
