import type { Activity } from 'botbuilder';
import { decodeText, readAtMost } from '../../bot/import/file-text.js';
import { MAX_FILE_BYTES } from '../../dialogs/turn.js';

// A file someone sends the bot in a personal chat arrives as an attachment with a pre-authenticated
// download URL (the app declares supportsFiles). Teams keeps such files in the sender's OneDrive for
// Business, so the URL is on the tenant's SharePoint host (`<tenant>-my.sharepoint.com`). The URL is
// only as trustworthy as the request it came in: Koppel fetches nothing but https on SharePoint,
// never more than MAX_FILE_BYTES, and hands it to the dialogs as text (Excel's Windows-1252 too).

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

export interface SentFile {
  name: string;
  downloadUrl: string;
}

export function sentFileOf(activity: Partial<Activity>): SentFile | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === FILE_DOWNLOAD_INFO);
  const downloadUrl = (attachment?.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
  return attachment && typeof downloadUrl === 'string' ? { name: attachment.name ?? 'bestand', downloadUrl } : undefined;
}

/** Where Koppel may fetch a sent file from: https on SharePoint/OneDrive, and loopback only when asked (local mode). */
export interface FileHosts {
  /** The Agents Playground serves files from its own server on this computer; local mode only. */
  loopback?: boolean;
}

const SHAREPOINT_HOST = /(^|\.)sharepoint\.com$/i;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])$/i;

export function mayFetchFrom(url: string, hosts: FileHosts = {}): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:' && SHAREPOINT_HOST.test(parsed.hostname)) return true;
  return hosts.loopback === true && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK_HOST.test(parsed.hostname);
}

export type Download = { ok: true; content: string } | { ok: false; reason: 'too-large' | 'failed' | 'untrusted-host' };

export interface DownloadOptions {
  hosts?: FileHosts;
  fetch?: typeof fetch;
  maxBytes?: number;
}

export async function downloadSentFile(file: SentFile, options: DownloadOptions = {}): Promise<Download> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (!mayFetchFrom(file.downloadUrl, options.hosts)) return { ok: false, reason: 'untrusted-host' };
  try {
    // No redirects: a SharePoint URL must not lead Koppel anywhere else.
    const response = await (options.fetch ?? fetch)(file.downloadUrl, { redirect: 'error', signal: AbortSignal.timeout(20_000) });
    if (!response.ok || !response.body) return { ok: false, reason: 'failed' };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, reason: 'too-large' };
    const bytes = await readAtMost(response, maxBytes);
    return bytes ? { ok: true, content: decodeText(bytes) } : { ok: false, reason: 'too-large' };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
