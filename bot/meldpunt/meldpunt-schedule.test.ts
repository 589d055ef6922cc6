import { describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../koppel-data.js';
import { conversationFor } from '../outbox/testing/outbox-test-support.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { runMeldpuntPass } from './meldpunt-schedule.js';

describe('the meldpunt\'s aftercare moments', () => {
  it('reminds staff on the day of a closed case\'s aftercare once, however often the pass runs', async () => {
    const data = emptyKoppelData();
    conversationFor(data, 'staff-1');
    data.reports['M-ABCDEF'] = {
      id: 'M-ABCDEF', createdAt: '2027-02-01T10:00:00Z', source: 'command', phase: 'internship', what: 'Iets ergs gebeurd.', contactWish: 'none',
      anonymous: true, coordinatorsMayKnow: false, state: 'closed', history: [], aftercare: { note: 'Gesprek gehad.', followUpOn: '2027-03-01' }, sbb: {},
    };
    const store = openMemoryKoppelStore(data);
    const pass = (at: string) => runMeldpuntPass({ store, staff: ['staff-1'], now: () => new Date(at) });
    expect(await pass('2027-02-28T09:00:00Z')).toBe(0);
    expect(await pass('2027-03-01T09:00:00Z')).toBe(1);
    expect(await pass('2027-03-01T10:00:00Z')).toBe(0);
    expect(await pass('2027-03-03T10:00:00Z')).toBe(0);
    const { outbox } = await store.read(EVERYTHING);
    expect(Object.values(outbox).map((e) => `${e.kind} ${e.recipient.userId} ${JSON.stringify(e.notification)}`)).toEqual([
      'meldpunt-staff staff-1 {"kind":"meldpunt-staff","event":"follow-up-due","roundId":"meldpunt","reportId":"M-ABCDEF"}',
    ]);
  });
});
