import { open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';

// The store's file, written so that a crash AND a power cut leave either the old or the new document:
// the new text goes to a temporary file that is flushed to disk (fsync) BEFORE it is renamed over the
// target, then the directory is flushed so the rename itself is durable. lowdb's own TextFile (steno)
// renames without flushing first, which after a power cut can leave an empty or partial file under the
// real name. Reading stays lowdb's. Writes never overlap: the document store serialises them.
export class SyncedTextFile implements Adapter<string> {
  readonly #file: string;
  readonly #temp: string;
  readonly #reader: TextFile;

  constructor(file: string) {
    this.#file = file;
    this.#temp = join(dirname(file), `.${basename(file)}.tmp`);
    this.#reader = new TextFile(file);
  }

  read(): Promise<string | null> {
    return this.#reader.read();
  }

  async write(text: string): Promise<void> {
    const handle = await open(this.#temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.#temp, this.#file);
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
