import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';

// lowdb's TextFile (steno) already writes a temp file and renames it over the target, so a crash
// leaves either the old or the new file. It does not fsync; this layer adds only that, so a
// resolved write survives a power cut too, and the rename itself is made durable via the directory.
export class SyncedTextFile implements Adapter<string> {
  readonly #file: string;
  readonly #inner: TextFile;

  constructor(file: string) {
    this.#file = file;
    this.#inner = new TextFile(file);
  }

  read(): Promise<string | null> {
    return this.#inner.read();
  }

  async write(text: string): Promise<void> {
    await this.#inner.write(text);
    await fsync(this.#file);
    await fsync(dirname(this.#file));
  }
}

export async function fsync(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Some platforms (Windows, some network mounts) cannot open or fsync a directory; the rename is still atomic there.
    if (!isUnsupported(error)) throw error;
  }
}

function isUnsupported(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EINVAL' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOTSUP';
}
