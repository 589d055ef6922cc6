import type { PlatformIdentity } from '../../domain/common.js';
import { Company } from '../../domain/company.js';
import type { OutboxEntry } from '../../domain/outbox-entry.js';
import { Round } from '../../domain/round.js';
import { Student } from '../../domain/student.js';
import { emptyKoppelData, type KoppelView } from '../../koppel-data.js';
import { openLowdbStore, type KoppelStore } from '../../store/index.js';
import { releaseKey, type PlannedMessage } from '../outbox.js';

// A released round of made-up people for the crash test and the benchmark: each student already has
// a result card in their chat (delivered before the moment), to be updated and followed by a notice.

export interface FixtureSize {
  students: number;
  companies: number;
  coordinators: number;
}

export const FIXTURE_ROUND = 'r-release';
export const FIXTURE_RELEASE_AT = '2027-01-15T09:00:00.000Z';

export const studentIdentity = (i: number): PlatformIdentity => ({ platform: 'teams', userId: `29:stu-${i}` });
const contactIdentity = (i: number): PlatformIdentity => ({ platform: 'teams', userId: `29:cmp-${i}` });
const coordinatorIdentity = (i: number): PlatformIdentity => ({ platform: 'teams', userId: `29:coord-${i}` });

/** Each person has a personal chat with the bot, with an id of its own. */
export function conversationIdFor(identity: PlatformIdentity): string {
  return `a:${identity.platform}-${identity.userId}`;
}

export const cardActivityId = (i: number): string => `card-${i}`;

export function fixtureData({ students, companies }: FixtureSize): KoppelView {
  const data = emptyKoppelData();
  data.rounds[FIXTURE_ROUND] = Round.parse({
    id: FIXTURE_ROUND, name: 'BPV voorjaar 2027', programmeCodes: ['25655'], mechanism: 'school', status: 'scheduled',
    wishesDeadline: '2026-12-01T16:00:00.000Z', offersDeadline: '2026-12-01T16:00:00.000Z', releaseAt: FIXTURE_RELEASE_AT,
    internshipStart: '2027-02-01', seed: 'seed-1', createdBy: 'coord-0', createdAt: '2026-11-01T09:00:00.000Z',
  });
  for (let i = 0; i < students; i++) {
    data.students[`stu_${i}`] = Student.parse({
      id: `stu_${i}`, roundId: FIXTURE_ROUND, studentNumber: `${100000 + i}`, programmeCode: '25655', identities: [studentIdentity(i)],
    });
  }
  for (let i = 0; i < companies; i++) {
    data.companies[`cmp_${i}`] = Company.parse({
      id: `cmp_${i}`, name: `Bedrijf ${i}`, sbbNumber: `${7000000 + i}`,
      locations: [{ id: `loc_${i}`, label: 'Hoofdlocatie', postcodeArea: '3011', municipality: 'Rotterdam' }],
      contacts: [contactIdentity(i)],
    });
  }
  return data;
}

export function fixturePlan({ students, companies, coordinators }: FixtureSize): PlannedMessage[] {
  const planned: PlannedMessage[] = [];
  const add = (kind: OutboxEntry['kind'], recipient: PlatformIdentity, subjectIds: string[], activityId?: string) =>
    planned.push({ key: releaseKey(FIXTURE_ROUND, kind, recipient), roundId: FIXTURE_ROUND, kind, recipient, subjectIds, activityId });
  for (let i = 0; i < students; i++) add('student-result-card', studentIdentity(i), [`stu_${i}`], cardActivityId(i));
  for (let i = 0; i < students; i++) add('student-result-notice', studentIdentity(i), [`stu_${i}`]);
  for (let i = 0; i < companies; i++) add('company-result', contactIdentity(i), [`cmp_${i}`]);
  for (let i = 0; i < coordinators; i++) add('coordinator-summary', coordinatorIdentity(i), [FIXTURE_ROUND]);
  return planned;
}

/** The cards delivered before the release moment, which the release updates in place. */
export function preDeliveredCards(students: number): Array<{ conversationId: string; activityId: string }> {
  return Array.from({ length: students }, (_, i) => ({ conversationId: conversationIdFor(studentIdentity(i)), activityId: cardActivityId(i) }));
}

/** Stand-in content: the kind only, which is what the fake connector counts duplicates by. */
export function placeholderActivity(entry: OutboxEntry): Record<string, unknown> {
  return { type: 'message', text: entry.kind };
}

/** The release's file store, created holding `initial` when the file is missing. */
export function openFixtureStore(file: string, initial: () => KoppelView = emptyKoppelData): Promise<KoppelStore> {
  return openLowdbStore(file, initial);
}
