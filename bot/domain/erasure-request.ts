import { z } from 'zod/v4';
import { Id, IsoDateTime, PlatformIdentity } from './common.js';

/**
 * Someone's request that Koppel erase their data (AVG art. 17). A coordinator carries it out or
 * refuses it with a reason (for example during a running internship). Once carried out, the request
 * keeps no chat account: only that a record was erased, when and by whom.
 */
export const ErasureRequest = z.strictObject({
  id: Id,
  requestedAt: IsoDateTime,
  /** Who asked, to show them how it stands; removed once the data is erased. */
  requester: PlatformIdentity.optional(),
  subject: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('student'), studentId: Id }),
    z.strictObject({ kind: z.literal('company-contact'), companyId: Id }),
  ]),
  state: z.enum(['open', 'carried-out', 'refused']),
  decidedBy: Id.optional(),
  decidedAt: IsoDateTime.optional(),
  /** Told to the person who asked; never in the audit trail. */
  refusalReason: z.string().trim().min(3).max(300).optional(),
});
export type ErasureRequest = z.infer<typeof ErasureRequest>;
