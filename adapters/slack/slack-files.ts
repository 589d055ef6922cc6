import { MAX_FILE_BYTES } from '../../dialogs/turn.js';
import { decodeText, readAtMost } from '../../bot/import/file-text.js';

// Files people send to Koppel in the DM. Slack serves a shared file only to a request with the
// bot token (scope files:read) at the file's url_private_download; Koppel fetches it from Slack's
// own hosts only, so the token never goes anywhere else. Neither the URL nor the token is logged.

/** The part of a file in a `file_share` message event that Koppel uses. */
export interface SharedFile {
  name?: string | null;
  size?: number;
  mimetype?: string;
  url_private_download?: string;
}

export type FileDownload =
  | { kind: 'ok'; content: string }
  | { kind: 'too-large' }
  /** `reason` is a short code for the log: an HTTP status, 'timeout', 'sign-in-page', … */
  | { kind: 'failed'; reason: string };

export interface DownloadOptions {
  botToken: string;
  /** Origins besides Slack's own whose file URLs may be fetched with the token (the fake Slack in tests). */
  trustedOrigins?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const FILE_DOWNLOAD_TIMEOUT_MS = 30_000;

// Slack serves files from files.slack.com (GovSlack: slack-gov.com).
const SLACK_FILE_HOST = /(^|\.)(slack\.com|slack-gov\.com)$/i;

/** Whether the bot token may be sent to this URL: https on a Slack host, or a trusted origin. */
export function mayCarryToken(url: string, trustedOrigins: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (trustedOrigins.includes(parsed.origin)) return true;
  return parsed.protocol === 'https:' && SLACK_FILE_HOST.test(parsed.hostname);
}

/** Whether Slack says the file is larger than Koppel reads (checked before anything is downloaded). */
function declaredTooLarge(file: SharedFile, maxBytes = MAX_FILE_BYTES): boolean {
  return typeof file.size === 'number' && file.size > maxBytes;
}

/**
 * Downloads a shared file with the bot token and reads it as text. Redirects are followed (fetch
 * keeps the Authorization header only on the same origin); the whole download, body included, has
 * a time limit; more bytes than `maxBytes` stop the download, whatever size the event declared.
 */
export async function downloadSharedFile(file: SharedFile, options: DownloadOptions): Promise<FileDownload> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const url = file.url_private_download;
  if (!url) return { kind: 'failed', reason: 'no-url' };
  if (!mayCarryToken(url, options.trustedOrigins)) return { kind: 'failed', reason: 'untrusted-host' };
  if (declaredTooLarge(file, maxBytes)) return { kind: 'too-large' };
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(url, {
      headers: { Authorization: `Bearer ${options.botToken}` },
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? FILE_DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'failed', reason: String(response.status) };
    }
    // Without a token Slack accepts, it answers with its sign-in page instead of the file.
    if (/^text\/html/i.test(response.headers.get('content-type') ?? '') && !/html/i.test(file.mimetype ?? '')) {
      await response.body?.cancel();
      return { kind: 'failed', reason: 'sign-in-page' };
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel();
      return { kind: 'too-large' };
    }
    const bytes = await readAtMost(response, maxBytes);
    return bytes ? { kind: 'ok', content: decodeText(bytes) } : { kind: 'too-large' };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'unknown';
    return { kind: 'failed', reason: name === 'TimeoutError' ? 'timeout' : name };
  }
}
