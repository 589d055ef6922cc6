import type { Activity } from 'botbuilder';
import { decodeText, readAtMost } from '../../bot/import/file-text.js';
import { MAX_FILE_BYTES } from '../../dialogs/turn.js';

// A file someone sends the bot in a personal chat arrives as an attachment with a pre-authenticated
// download URL (the app declares supportsFiles). Koppel fetches it at once, never more than
// MAX_FILE_BYTES, and hands it to the dialogs as text (Excel's Windows-1252 too).

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

export type Download = { ok: true; content: string } | { ok: false; reason: 'too-large' | 'failed' };

export async function downloadSentFile(file: SentFile, fetchFn: typeof fetch = fetch, maxBytes = MAX_FILE_BYTES): Promise<Download> {
  try {
    const response = await fetchFn(file.downloadUrl, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok || !response.body) return { ok: false, reason: 'failed' };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, reason: 'too-large' };
    const bytes = await readAtMost(response, maxBytes);
    return bytes ? { ok: true, content: decodeText(bytes) } : { ok: false, reason: 'too-large' };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
