// Child process of ../crash.test.ts: updates the store in a loop and prints each committed counter,
// until the test kills it with SIGKILL. Usage: node --import tsx crash-writer.ts <file>
import { openDocumentFile } from '../file-store.js';
import { blobFor, crashStoreOptions } from './store-test-support.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: crash-writer.ts <file>');

// The file machinery alone (atomic, flushed writes), one write after the other.
const db = await openDocumentFile(crashStoreOptions(file));
process.stdout.write('ready\n');
for (;;) {
  const counter = db.data.counter + 1;
  db.data = { ...db.data, counter, blob: blobFor(counter) };
  await db.write();
  // Pipes are synchronous on Linux: once this line is out, the write it reports has resolved.
  process.stdout.write(`${counter}\n`);
}
