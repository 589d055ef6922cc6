import { describe, expect, it } from 'vitest';
import { Round } from '../../bot/domain/round.js';
import { formOf, intakeHarness, releasedRound, textOf } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';

// Coordinators may type what a command is about after it. Arguments Koppel understands are used;
// anything else opens the command's card, never an error.
async function twoRounds() {
  const data = releasedRound('released');
  data.rounds.r2 = Round.parse({ ...data.rounds.r1, id: 'r2', name: 'Techniek najaar', status: 'open' });
  data.rounds.r3 = Round.parse({ ...data.rounds.r1, id: 'r3', name: 'Techniek voorjaar', status: 'open' });
  return intakeHarness(data, { now: new Date('2027-01-21T12:00:00+01:00') });
}

describe('commands with arguments', () => {
  it('takes the round named after the command, in any case, or by the start of its name when that is unique', async () => {
    const h = await twoRounds();
    expect(formOf(await h.say('ronde status techniek NAJAAR', 'nl', 'coord-1')).title).toBe('Stand van zaken: Techniek najaar');
    expect(formOf(await h.say('ronde status Zorg', 'nl', 'coord-1')).title).toBe('Stand van zaken: Zorg februari 2027');
    expect(formOf(await h.say('ronde vrijgave zorg februari 2027', 'nl', 'coord-1'))).toMatchObject({ id: 'round.release.progress' });
  });

  it('opens the choice of rounds, saying so, when the typed name is unknown or fits several rounds', async () => {
    const h = await twoRounds();
    for (const typed of ['Bakkerij', 'Techniek']) {
      const choice = formOf(await h.say(`ronde sluit ${typed}`, 'nl', 'coord-1'));
      expect(choice.id).toBe('round.choose');
      expect(choice.notice?.text).toBe(`Een ronde "${typed}" ken ik niet. Kies hieronder de ronde.`);
      expect(choice.actions.map((a) => a.label)).toEqual(['Techniek najaar', 'Techniek voorjaar']);
    }
    expect((await h.store.read(EVERYTHING)).rounds.r2.status).toBe('open');
  });

  it('explains what must happen first when the named round cannot do it, and changes nothing', async () => {
    const h = await twoRounds();
    const replies = await h.say('ronde goedkeuren Techniek najaar', 'nl', 'coord-2');
    expect(textOf(replies)).toBe('Deze stap kan nu niet in deze ronde. De ronde is nog open: sluit hem eerst met **ronde sluit** (dat gebeurt ook vanzelf na de deadlines), dan **ronde match**.');
    expect((await h.store.read(EVERYTHING)).rounds.r2.status).toBe('open');
  });

  it('fills in the student number typed after `ronde plaats` and `student verwijderen`, and deletes nothing by itself', async () => {
    const h = await twoRounds();
    await h.store.update(EVERYTHING, (d) => { d.rounds.r1.status = 'open'; });
    // No round can be placed in yet: the choice keeps the number for the form.
    const choice = formOf(await h.say('ronde plaats 100234', 'nl', 'coord-1'));
    expect(choice.id).toBe('round.choose');
    await h.store.update(EVERYTHING, (d) => { d.rounds.r1.status = 'matched'; });
    const chosen = choice.actions.find((a) => a.data?.roundId === 'r1')!;
    const place = formOf(await h.submit(chosen.verb, chosen.data, 'nl', 'coord-1'));
    expect(place.fields.find((f) => f.id === 'studentNumber')?.value).toBe('100234');
    // With one round to place in, the form comes at once.
    expect(formOf(await h.say('ronde plaats 100234', 'nl', 'coord-1')).fields.find((f) => f.id === 'studentNumber')?.value).toBe('100234');
    const remove = formOf(await h.say('student verwijderen 100234', 'nl', 'coord-1'));
    expect(remove.fields.find((f) => f.id === 'studentNumber')?.value).toBe('100234');
    expect((await h.store.read(EVERYTHING)).students.s1).toBeDefined();
  });

  it('still refuses the commands to students, arguments or not', async () => {
    const h = await twoRounds();
    expect(textOf(await h.say('ronde sluit Techniek najaar', 'nl', 'teams-student-1'))).toBe('Dit kan alleen een stagecoördinator doen. Er is niets veranderd.');
    expect((await h.store.read(EVERYTHING)).rounds.r2.status).toBe('open');
  });
});
