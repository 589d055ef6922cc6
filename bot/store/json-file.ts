import type { Adapter } from 'lowdb';
import { encodeDocument } from './document-encoding.js';

// Like lowdb's DataFile, but over any text adapter (DataFile hard-wires an un-synced TextFile),
// and with a `decode` that validates instead of trusting JSON.parse to return a T.
export class JsonFile<T> implements Adapter<T> {
  readonly #text: Adapter<string>;
  readonly #decode: (text: string) => T;

  constructor(text: Adapter<string>, decode: (text: string) => T) {
    this.#text = text;
    this.#decode = decode;
  }

  async read(): Promise<T | null> {
    const text = await this.#text.read();
    return text === null ? null : this.#decode(text);
  }

  write(doc: T): Promise<void> {
    return this.#text.write(encodeDocument(doc));
  }
}
