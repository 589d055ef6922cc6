// Shared by the store tests and by the child process of the crash test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod/v4';

export const COUNTER_VERSION = 3;

export const CounterSchema = z.object({
  schemaVersion: z.literal(COUNTER_VERSION),
  counter: z.number().int().min(0),
  byKey: z.record(z.string(), z.number().int()),
});

export type CounterDoc = z.infer<typeof CounterSchema>;

export const initialCounter = (): CounterDoc => ({ schemaVersion: COUNTER_VERSION, counter: 0, byKey: {} });

// Large enough that a non-atomic write is slow, and self-checking: a torn or mixed file fails the schema.
export const BLOB_SIZE = 2 * 1024 * 1024;
export const blobFor = (counter: number, size = BLOB_SIZE): string => String(counter % 10).repeat(size);

export const CrashSchema = z
  .object({ schemaVersion: z.literal(1), counter: z.number().int().min(0), blob: z.string() })
  .refine((doc) => doc.blob.length === BLOB_SIZE && doc.blob.startsWith(blobFor(doc.counter, 64)) && doc.blob.endsWith(String(doc.counter % 10)), {
    message: 'blob does not match counter',
    path: ['blob'],
  });

export type CrashDoc = z.infer<typeof CrashSchema>;

export const crashStoreOptions = (file: string) => ({
  file,
  schema: CrashSchema,
  initial: (): CrashDoc => ({ schemaVersion: 1, counter: 0, blob: blobFor(0) }),
  currentVersion: 1,
  migrations: {},
});

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'koppel-store-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Yields to the event loop so concurrent updates get every chance to interleave. */
export const pause = (ms = Math.random() * 2): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
