import { z } from 'zod/v4';
import { Id, IsoDateTime } from './common.js';

/**
 * A personal web link for a company contact reached by e-mail: for this company and this round only.
 * Stored by the SHA-256 of its token, never the token itself, so a copy of the store opens nothing.
 */
export const WebLink = z.object({
  companyId: Id,
  roundId: Id,
  /** The contact it was sent to (lowercase), who acts as that company's contact when it is opened. */
  email: z.string().min(3).max(254),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: IsoDateTime.optional(),
});
export type WebLink = z.infer<typeof WebLink>;
