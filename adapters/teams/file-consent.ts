import type { Application } from '@microsoft/teams-ai';
import type { Activity, Attachment, FileConsentCard, FileConsentCardResponse, FileInfoCard, TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import type { WaitingItems, WaitingShelf } from '../../bot/waiting/waiting-items.js';
import type { DialogServices } from '../../dialogs/router.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { languageOf, type Language, type Reply } from '../../dialogs/turn.js';
import { teamsMarkdown, teamsPlain } from './inert-markdown.js';

// Teams bots cannot attach a file to a message. In a personal chat they ask consent with a file
// consent card; on "Allow" Teams creates the file in the user's OneDrive and sends the bot an upload
// URL (a `fileConsent/invoke`), the bot PUTs the bytes there and then shows a file info card. Group
// chats and channels have no such flow. The bytes wait in the store, never in the card, until the
// user answers (the answer may reach another Koppel process, or one started since); after the expiry
// they are gone and the user asks again.

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

type FileReply = Extract<Reply, { kind: 'file' }>;
type Log = (event: string, fields: Record<string, string | number | boolean>) => void;

export interface PendingFile {
  name: string;
  mediaType: string;
  bytes: Buffer;
  /** Only the person it was offered to may accept it. */
  userId: string;
}

/** What waits in the store: the bytes as base64, since a stored payload is JSON. */
const FileOffer = z.object({
  name: z.string().min(1).max(500),
  mediaType: z.string().min(1).max(200),
  base64: z.base64().max(16 * 1024 * 1024),
});

/** Files offered and not yet answered, by an unguessable id; each can be taken once (on any process). */
export class PendingFiles {
  private readonly offers: WaitingShelf<z.infer<typeof FileOffer>>;

  constructor(waiting: WaitingItems) {
    this.offers = waiting.shelf('file-offer', FileOffer);
  }

  add(file: PendingFile): Promise<string> {
    return this.offers.put(file.userId, { name: file.name, mediaType: file.mediaType, base64: file.bytes.toString('base64') });
  }

  /** The file, removed from the store; undefined when unknown, expired, or offered to someone else. */
  async take(id: unknown, userId: string): Promise<PendingFile | undefined> {
    const offer = await this.offers.take(id, userId);
    return offer && { name: offer.name, mediaType: offer.mediaType, bytes: Buffer.from(offer.base64, 'base64'), userId };
  }
}

export interface FileConsentOptions {
  services: DialogServices;
  log: Log;
  files: PendingFiles;
  /** PUTs the bytes to Teams' upload URL; replaceable for tests. */
  upload?: (url: string, bytes: Buffer, mediaType: string) => Promise<void>;
}

/** Registers the consent answers with teams-ai's own routing; returns how a file reply is sent. */
export function createFileConsent(app: Pick<Application, 'fileConsentAccept' | 'fileConsentDecline'>, options: FileConsentOptions) {
  const files = options.files;
  const upload = options.upload ?? putFile;
  const languageFor = async (context: TurnContext): Promise<Language> =>
    (await options.services.languagePreference({ platform: 'teams', userId: context.activity.from.id })) ?? languageOf(context.activity.locale);

  app.fileConsentAccept(async (context, _state, response) => {
    const t = textsFor(await languageFor(context)).exportReminders.files;
    const file = await files.take(fileIdOf(response), context.activity.from.id);
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
    const file = await files.take(fileIdOf(response), context.activity.from.id);
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
      const id = await files.add({ name: reply.name, mediaType: reply.mediaType, bytes, userId: context.activity.from.id });
      return { type: 'message', attachments: [consentAttachment(reply, bytes.length, id)] };
    },
  };
}

/** Name, description and size only: the content stays on the server until the user allows it. */
export function consentAttachment(reply: FileReply, sizeInBytes: number, fileId: string): Attachment {
  const card: FileConsentCard = { description: teamsPlain(reply.description), sizeInBytes, acceptContext: { fileId }, declineContext: { fileId } };
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
  return { type: 'message', text: teamsMarkdown(text), textFormat: 'markdown' };
}
