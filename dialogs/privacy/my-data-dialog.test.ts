import { describe, expect, it } from 'vitest';
import { CONTACT_USER, intakeHarness, releasedRound, STUDENT_USER } from '../testing/intake-fixture.js';
import { Student } from '../../bot/domain/student.js';
import { CheckIn } from '../../bot/domain/check-in.js';
import { Placement } from '../../bot/domain/placement.js';
import { EVERYTHING } from '../../bot/store/index.js';
import type { Reply } from '../turn.js';

const OTHER_USER = 'teams-student-2';

async function harness() {
  const data = releasedRound('released');
  Object.assign(data.students.s1, {
    displayName: 'Fatima Bakker', intakeStatus: 'confirmed',
    learningWish: { text: 'Ik wil leren wonden verzorgen', workProcesses: ['B1-K1-W1'], organisationTypes: [], electives: [] },
    supportNeed: { wanted: true, details: 'Ik heb dyslexie', shareWithCompany: false },
  });
  data.students.s2 = Student.parse({
    id: 's2', roundId: 'r1', studentNumber: '100999', programmeCode: '90001', displayName: 'Noah de Vries', intakeStatus: 'confirmed',
    identities: [{ platform: 'teams', userId: OTHER_USER }], learningWish: { text: 'Ik wil leren tillen en verplaatsen', workProcesses: [] },
  });
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }, { platform: 'teams', userId: 'teams-contact-2' }];
  for (const [id, studentId] of [['pl1', 's1'], ['pl2', 's2']]) {
    data.placements[id] = Placement.parse({ id, roundId: 'r1', studentId, offerId: 'o1', companyId: 'c1', origin: 'match', matchId: 'm1', placedAt: '2027-01-20T09:00:00Z', byHand: { by: 'coord-1', reason: 'Dichter bij huis' } });
    data.checkIns[`${id}.halfway`] = CheckIn.parse({ id: `${id}.halfway`, placementId: id, roundId: 'r1', studentId, programmeCode: '90001', moment: 'halfway', dueOn: '2027-04-26', askedAt: '2027-04-26T09:00:00Z' });
  }
  data.conversations[`teams:${STUDENT_USER}`] = { platform: 'teams', userId: STUDENT_USER, reference: { conversationId: 'conv-s1' }, updatedAt: '2027-01-10T10:00:00Z' };
  data.conversations[`teams:${OTHER_USER}`] = { platform: 'teams', userId: OTHER_USER, reference: { conversationId: 'conv-s2' }, updatedAt: '2027-01-10T10:00:00Z' };
  return intakeHarness(data, { now: new Date('2027-03-01T12:00:00+01:00') });
}

function files(replies: Reply[]) {
  const found = replies.flatMap((r) => (r.kind === 'file' ? [r] : []));
  const json = found.find((f) => f.mediaType === 'application/json');
  const text = found.find((f) => f.mediaType === 'text/plain');
  if (!json || !text) throw new Error(`expected two files, got ${JSON.stringify(replies)}`);
  return { json: JSON.parse(json.content) as Record<string, unknown>, jsonText: json.content, text: text.content };
}

describe('mijn gegevens downloaden', () => {
  it('gives a student everything stored about them, checked against the store, and nothing about anyone else', async () => {
    const h = await harness();
    const { json, jsonText, text } = files(await h.say('mijn gegevens downloaden', 'nl', STUDENT_USER));
    const stored = await h.store.read(EVERYTHING);
    expect(json.student).toEqual(JSON.parse(JSON.stringify(stored.students.s1)));
    expect((json.matches as Array<{ id: string }>).map((m) => m.id)).toEqual(Object.values(stored.matches).filter((m) => m.studentId === 's1').map((m) => m.id));
    expect((json.placements as Array<{ id: string }>).map((p) => p.id)).toEqual(['pl1']);
    expect((json.checkIns as Array<{ id: string }>).map((c) => c.id)).toEqual(['pl1.halfway']);
    // A message to the student from outside any round (a refused erasure request) is theirs too.
    await h.submit('erasure.request', {}, 'nl', STUDENT_USER);
    const [request] = Object.values((await h.store.read(EVERYTHING)).erasureRequests);
    await h.services().erasureRequests.refuse(request.id, 'coord-1', 'Je stage loopt nog');
    const again = files(await h.say('mijn gegevens downloaden', 'nl', STUDENT_USER)).json;
    expect(again.messages).toEqual([expect.objectContaining({ kind: 'erasure', status: 'pending' })]);
    expect(json.chat).toMatchObject({ conversations: [{ userId: STUDENT_USER, reference: { conversationId: 'conv-s1' } }] });
    for (const mine of ['Fatima Bakker', 'Ik wil leren wonden verzorgen', 'Ik heb dyslexie', '100234', 'conv-s1']) {
      expect(jsonText).toContain(mine);
      expect(text).toContain(mine);
    }
    for (const theirs of ['Noah', '100999', 'tillen', OTHER_USER, 'conv-s2', 's2', 'pl2', 'coord-1', 'teams-contact-2']) {
      expect(jsonText, theirs).not.toContain(`"${theirs}`);
      expect(text, theirs).not.toMatch(new RegExp(`: ${theirs}`));
    }
    expect(stored.audit.filter((e) => e.action === 'data.exported')).toEqual([expect.objectContaining({ actorId: 'self', subjectId: 's1' })]);
  });

  it('gives a company contact their company and their own account, not the other contact or the students', async () => {
    const h = await harness();
    const { json, jsonText } = files(await h.say('mijn gegevens downloaden', 'nl', CONTACT_USER));
    expect(json.roles).toEqual(['company-contact']);
    expect(json.company).toMatchObject({ id: 'c1', contacts: [{ platform: 'teams', userId: CONTACT_USER }] });
    for (const theirs of ['teams-contact-2', 'Fatima', 'Noah', '100234', 'dyslexie']) expect(jsonText, theirs).not.toContain(theirs);
  });

  it('tells someone Koppel does not know that nothing is stored', async () => {
    const h = await harness();
    const replies = await h.say('download my data', 'en', 'teams-stranger');
    expect(replies).toEqual([{ kind: 'text', text: expect.stringContaining('nothing is stored about you') }]);
  });
});
