import { randomUUID } from 'node:crypto';
import type { Application } from '@microsoft/teams-ai';
import type { Activity, Attachment, FileConsentCard, FileConsentCardResponse, FileInfoCard, TurnContext } from 'botbuilder';
import type { DialogServices } from '../../dialogs/router.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { languageOf, type Language, type Reply } from '../../dialogs/turn.js';

// Teams bots cannot attach a file to a message. In a personal chat they ask consent with a file
// consent card; on "Allow" Teams creates the file in the user's OneDrive and sends the bot an upload
// URL (a `fileConsent/invoke`), the bot PUTs the bytes there and then shows a file info card. Group
// chats and channels have no such flow. The bytes wait here, in memory and never in the card, until
// the user answers; after the expiry or a restart they are gone and the user asks again.

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
export const FILE_TTL_MS = 30 * 60_000;

type FileReply = Extract<Reply, { kind: 'file' }>;
type Log = (event: string, fields: Record<string, string | number | boolean>) => void;

interface PendingFile {
  name: string;
  mediaType: string;
  bytes: Buffer;
  /** Only the person it was offered to may accept it. */
  userId: string;
  expiresAt: number;
}

/** Files offered and not yet answered, by an unguessable id; each can be taken once. */
export class PendingFiles {
  private readonly files = new Map<string, PendingFile>();

  constructor(private readonly options: { ttlMs?: number; now?: () => number } = {}) {}

  add(file: Omit<PendingFile, 'expiresAt'>): string {
    this.prune();
    const id = randomUUID();
    this.files.set(id, { ...file, expiresAt: this.now() + (this.options.ttlMs ?? FILE_TTL_MS) });
    return id;
  }

  /** The file, removed from here; undefined when unknown, expired, or offered to someone else. */
  take(id: unknown, userId: string): PendingFile | undefined {
    this.prune();
    const file = typeof id === 'string' ? this.files.get(id) : undefined;
    if (!file || file.userId !== userId) return undefined;
    this.files.delete(id as string);
    return file;
  }

  get size(): number {
    this.prune();
    return this.files.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, file] of this.files) if (file.expiresAt <= now) this.files.delete(id);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

export interface FileConsentOptions {
  services: DialogServices;
  log: Log;
  files?: PendingFiles;
  /** PUTs the bytes to Teams' upload URL; replaceable for tests. */
  upload?: (url: string, bytes: Buffer, mediaType: string) => Promise<void>;
}

/** Registers the consent answers with teams-ai's own routing; returns how a file reply is sent. */
export function createFileConsent(app: Pick<Application, 'fileConsentAccept' | 'fileConsentDecline'>, options: FileConsentOptions) {
  const files = options.files ?? new PendingFiles();
  const upload = options.upload ?? putFile;
  const languageFor = async (context: TurnContext): Promise<Language> =>
    (await options.services.languagePreference({ platform: 'teams', userId: context.activity.from.id })) ?? languageOf(context.activity.locale);

  app.fileConsentAccept(async (context, _state, response) => {
    const t = textsFor(await languageFor(context)).exportReminders.files;
    const file = files.take(fileIdOf(response), context.activity.from.id);
    const uploadUrl = response.uploadInfo?.uploadUrl;
    if (!file || !uploadUrl) {
      options.log('file.unknown', { action: 'accept' });
      await context.sendActivity(markdown(t.expired));
      return;
    }
    try {
      await upload(uploadUrl, file.bytes, file.mediaType);
    } catch (error) {
      // The upload URL carries a token: log the status or the error's name, never its text.
      options.log('file.upload-failed', error instanceof UploadRefused ? { status: error.status } : { error: error instanceof Error ? error.name : 'unknown' });
      await context.sendActivity(markdown(t.uploadFailed(file.name)));
      return;
    }
    options.log('file.uploaded', { bytes: file.bytes.length });
    await context.sendActivity({ ...markdown(t.uploaded(file.name)), attachments: [fileInfoAttachment(response, file.name)] });
  });

  app.fileConsentDecline(async (context, _state, response) => {
    const t = textsFor(await languageFor(context)).exportReminders.files;
    const file = files.take(fileIdOf(response), context.activity.from.id);
    await context.sendActivity(markdown(file ? t.declined(file.name) : t.expired));
  });

  return {
    files,
    /** A consent card in a personal chat; elsewhere a text that points to the personal chat. */
    offer: async (context: TurnContext, reply: FileReply): Promise<Partial<Activity>> => {
      const conversation = context.activity.conversation;
      if (conversation?.isGroup || conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel') {
        return markdown(textsFor(await languageFor(context)).exportReminders.files.notPersonal(reply.name));
      }
      const bytes = Buffer.from(reply.content, 'utf8');
      const id = files.add({ name: reply.name, mediaType: reply.mediaType, bytes, userId: context.activity.from.id });
      return { type: 'message', attachments: [consentAttachment(reply, bytes.length, id)] };
    },
  };
}

/** Name, description and size only: the content stays on the server until the user allows it. */
export function consentAttachment(reply: FileReply, sizeInBytes: number, fileId: string): Attachment {
  const card: FileConsentCard = { description: reply.description, sizeInBytes, acceptContext: { fileId }, declineContext: { fileId } };
  return { contentType: FILE_CONSENT_CARD, name: reply.name, content: card };
}

function fileInfoAttachment(response: FileConsentCardResponse, name: string): Attachment {
  const info = response.uploadInfo ?? {};
  const card: FileInfoCard = { uniqueId: info.uniqueId, fileType: info.fileType };
  return { contentType: FILE_INFO_CARD, name: info.name ?? name, contentUrl: info.contentUrl, content: card };
}

/** The upload Teams documents: one PUT of all bytes, with Content-Range (fetch sets Content-Length). */
export async function putFile(url: string, bytes: Buffer, mediaType: string): Promise<void> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': mediaType, 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
    body: new Uint8Array(bytes),
  });
  if (!response.ok) throw new UploadRefused(response.status);
}

export class UploadRefused extends Error {
  constructor(readonly status: number) {
    super(`the upload URL answered ${status}`);
  }
}

function fileIdOf(response: FileConsentCardResponse): unknown {
  const context = response.context as { fileId?: unknown } | undefined;
  return context?.fileId;
}

function markdown(text: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'markdown' };
}
