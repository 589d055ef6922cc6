import { AuditEvent } from '../../domain/audit-event.js';
import type { PlatformIdentity } from '../../domain/common.js';
import { Round } from '../../domain/round.js';
import { Student } from '../../domain/student.js';

// Valid records for the store contract, parsed by the domain schemas so that they equal what a
// store hands back (defaults applied).

export const round = (id: string, seed = 'seed-0'): Round => Round.parse({
  id, name: 'BPV voorjaar', programmeCodes: ['25655'], mechanism: 'school', status: 'open',
  wishesDeadline: '2027-01-10T16:00:00.000Z', offersDeadline: '2027-01-10T16:00:00.000Z', releaseAt: '2027-01-20T09:00:00.000Z',
  internshipStart: '2027-02-01', seed, createdBy: 'coord-1', createdAt: '2026-11-01T09:00:00.000Z',
});

export const student = (id: string, roundId: string, identities: PlatformIdentity[] = []): Student => Student.parse({
  id, roundId, studentNumber: `n${id.replace(/\W/g, '').slice(-18)}`, programmeCode: '25655', identities,
});

export const auditEvent = (id: string, subjectId: string): AuditEvent => AuditEvent.parse({
  id, at: '2026-11-02T10:00:00.000Z', actorId: 'coord-1', action: 'student.imported', subjectType: 'student', subjectId,
});

export const teams = (userId: string): PlatformIdentity => ({ platform: 'teams', userId });
