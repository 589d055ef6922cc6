import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

// Names this Koppel process among the others on one database (e.g. as the holder of a lease):
// host and process id for an operator reading the database, random bytes so a restarted process
// with a reused pid is never taken for its predecessor.
let id: string | undefined;

export function instanceId(): string {
  id ??= `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  return id;
}
