import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Round } from '../../bot/domain/round.js';
import { Student } from '../../bot/domain/student.js';
import { emptyKoppelData, type KoppelView } from '../../bot/koppel-data.js';
import { EVERYTHING, openLowdbStore, type KoppelStore } from '../../bot/store/index.js';
import { teamsUser } from './teams-activity.js';

// The school as a student import leaves it: one open round for a catalogue programme, every student
// imported with their Teams id (so Koppel knows them at their first message) and nothing answered yet.

export const BENCH_ROUND = 'bench-round';
/** Verzorgende-IG in the shipped example catalogue. */
export const BENCH_PROGRAMME = '90001';

export const benchStudentId = (index: number): string => `stu_bench_${index}`;

export function benchData(students: number, now: Date = new Date()): KoppelView {
  const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const data = emptyKoppelData();
  data.rounds[BENCH_ROUND] = Round.parse({
    id: BENCH_ROUND, name: 'Zorg voorjaar (benchmark)', programmeCodes: [BENCH_PROGRAMME], mechanism: 'school', status: 'open',
    wishesDeadline: inDays(20), offersDeadline: inDays(20), releaseAt: inDays(40), internshipStart: inDays(60).slice(0, 10),
    seed: 'bench', createdBy: 'coordinator', createdAt: now.toISOString(),
  });
  for (let i = 0; i < students; i++) {
    data.students[benchStudentId(i)] = Student.parse({
      id: benchStudentId(i), roundId: BENCH_ROUND, studentNumber: String(200_000 + i), programmeCode: BENCH_PROGRAMME,
      displayName: `Student ${i}`, identities: [{ platform: 'teams', userId: teamsUser(i).userId }],
      intakeStatus: 'invited', updatedAt: now.toISOString(),
    });
  }
  return data;
}

/** Where Koppel keeps its data during a run: seeded before it starts, read back after it stopped. */
export interface BenchStore {
  name: 'lowdb' | 'postgres';
  /** Environment for the Koppel process (besides PORT and the rest). */
  env: Record<string, string>;
  dataDir: string;
  seed(data: KoppelView): Promise<void>;
  read(): Promise<Readonly<KoppelView>>;
  dispose(): Promise<void>;
}

export async function lowdbBenchStore(): Promise<BenchStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'koppel-bench-turns-'));
  const file = join(dataDir, 'koppel.json');
  const readOnce = async (store: KoppelStore) => {
    try {
      return await store.read(EVERYTHING);
    } finally {
      await store.close();
    }
  };
  return {
    name: 'lowdb',
    // Empty means unset to Koppel's configuration: a DATABASE_URL in the shell must not divert this run.
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    dataDir,
    seed: async (data) => {
      // The file does not exist yet, so the store creates it holding the data (validated by the schemas).
      await (await openLowdbStore(file, () => data)).close();
    },
    read: async () => readOnce(await openLowdbStore(file)),
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/**
 * PostgreSQL at DATABASE_URL, or else a fresh database on a throwaway server (test/support/postgres-server.ts).
 * Loaded only for this store, so a lowdb run needs neither `pg` nor a server.
 */
export async function postgresBenchStore(): Promise<BenchStore> {
  const { openPostgresStore } = await import('../../bot/store/postgres/index.js');
  const given = process.env.DATABASE_URL?.trim();
  const server = given ? undefined : await (await import('../../test/support/postgres-server.js')).startPostgres();
  const url = given || await server!.createDatabase('bench_turns');
  const dataDir = await mkdtemp(join(tmpdir(), 'koppel-bench-turns-'));
  const withStore = async <T>(work: (store: KoppelStore) => Promise<T>): Promise<T> => {
    const store = await openPostgresStore(url);
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };
  return {
    name: 'postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    dataDir,
    seed: (data) => withStore(async (store) => {
      // Seeding replaces whole collections: never do that to a database that already holds a school.
      const before = await store.read(EVERYTHING);
      if (Object.keys(before.rounds).length > 0 || Object.keys(before.students).length > 0) {
        throw new Error('the database at DATABASE_URL already holds rounds or students; point it at an empty database (or unset it for a throwaway server)');
      }
      await store.update(EVERYTHING, (draft) => {
        Object.assign(draft, data);
      });
    }),
    read: () => withStore((store) => store.read(EVERYTHING)),
    dispose: async () => {
      await server?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
