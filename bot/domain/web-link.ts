import { z } from 'zod/v4';
import { Id, IsoDateTime, PlatformIdentity } from './common.js';

/**
 * A personal web link for a company contact reached by e-mail: for this company and this round only.
 * Stored by the SHA-256 of its token, never the token itself, so a copy of the store opens nothing.
 */
export const CompanyLink = z.object({
  purpose: z.literal('company').default('company'),
  companyId: Id,
  roundId: Id,
  /** The contact it was sent to (lowercase), who acts as that company's contact when it is opened. */
  email: z.string().min(3).max(254),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: IsoDateTime.optional(),
});

/** A coordinator's short-lived link to the figures dashboard, asked for in the chat: it acts as that coordinator. */
export const DashboardLink = z.object({
  purpose: z.literal('dashboard'),
  person: PlatformIdentity,
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: IsoDateTime.optional(),
});

export const WebLink = z.union([CompanyLink, DashboardLink]);
export type WebLink = z.infer<typeof WebLink>;
export type CompanyLink = z.infer<typeof CompanyLink>;
export type DashboardLink = z.infer<typeof DashboardLink>;
