// Child process of crash.test.ts: updates the store in a loop and prints each committed counter,
// until the test kills it with SIGKILL. Usage: node --import tsx crash-writer.ts <file>
import { openFileStore } from './file-store.js';
import { blobFor, crashStoreOptions } from './store-test-support.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: crash-writer.ts <file>');

const store = await openFileStore(crashStoreOptions(file));
process.stdout.write('ready\n');
for (;;) {
  const counter = await store.update((doc) => {
    doc.counter += 1;
    doc.blob = blobFor(doc.counter);
    return doc.counter;
  });
  // Pipes are synchronous on Linux: once this line is out, the write it reports has resolved.
  process.stdout.write(`${counter}\n`);
}
