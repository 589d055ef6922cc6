import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { createKoppelServices } from '../koppel-services.js';
import { openMemoryKoppelStore, type KoppelStore } from '../store/index.js';
import { kindOfCsv } from './received-file.js';

// A CSV sent in the chat waits for the coordinator's round choice in the store: the choice may reach
// another Koppel process (here: services built on the same store), and is taken there once.

const CSV = 'studentnummer;naam\n2027001;Anna\n';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function process(store: KoppelStore, clock: { now: Date }) {
  return createKoppelServices({ store, catalogue, coordinators: ['coord-1', 'coord-2'], now: () => clock.now });
}

describe('a received CSV file', () => {
  it('is known by its header row', () => {
    expect(kindOfCsv(CSV).kind).toBe('students');
  });

  it('kept by one process is taken by another, once, by the coordinator who sent it only', async () => {
    const store = openMemoryKoppelStore();
    const clock = { now: new Date('2027-01-13T10:00:00Z') };
    const first = process(store, clock);
    const second = process(store, clock);
    const id = await first.receivedFiles.keep(CSV, 'coord-1');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await second.receivedFiles.take(id, 'coord-2')).toBeUndefined();
    expect(await second.receivedFiles.take(id, 'coord-1')).toBe(CSV);
    expect(await first.receivedFiles.take(id, 'coord-1')).toBeUndefined();
  });

  it('is gone after 30 minutes', async () => {
    const store = openMemoryKoppelStore();
    const clock = { now: new Date('2027-01-13T10:00:00Z') };
    const id = await process(store, clock).receivedFiles.keep(CSV, 'coord-1');
    clock.now = new Date('2027-01-13T10:30:00Z');
    expect(await process(store, clock).receivedFiles.take(id, 'coord-1')).toBeUndefined();
  });
});
