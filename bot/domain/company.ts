import { z } from 'zod/v4';
import { Coordinates, Id, IsoDateTime, PlatformIdentity, PostcodeArea } from './common.js';

export const CompanyLocation = z.object({
  id: Id,
  label: z.string().min(1).max(120),
  postcodeArea: PostcodeArea,
  municipality: z.string().min(1).max(80),
  coordinates: Coordinates.optional(),
});
export type CompanyLocation = z.infer<typeof CompanyLocation>;

export const Company = z.object({
  id: Id,
  name: z.string().min(1).max(160),
  /** SBB recognition: only recognised companies (leerbedrijven) take part. */
  sbbNumber: z.string().regex(/^\d{6,10}$/, 'SBB recognition number: 6 to 10 digits'),
  kvkNumber: z.string().regex(/^\d{8}$/, 'KvK number: 8 digits').optional(),
  locations: z.array(CompanyLocation).min(1),
  contacts: z.array(PlatformIdentity).default([]),
  /** Contacts the school knows by e-mail/UPN only (lowercase); linked when they first write to the bot. */
  pendingContactEmails: z.array(z.string().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/)).default([]),
  /**
   * When a contact was last added (registered, imported, linked): the contacts' retention counts from
   * here or from the company's last internship, whichever is later. A company from before this field
   * gets the moment the retention pass first saw it.
   */
  contactsSince: IsoDateTime.optional(),
});
export type Company = z.infer<typeof Company>;
