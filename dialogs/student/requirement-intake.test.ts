import { describe, expect, it } from 'vitest';
import { Student } from '../../bot/domain/student.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { companyRoundData, CONTACT_USER, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';
import { notificationReplies } from '../notification-replies.js';

// A real round through the services (no demo data): a company's offer asks a requirement, students
// answer the intake's question, the coordinator matches.
const STUDENTS = ['s1', 's2', 's3', 's4'];
const userOf = (id: string) => (id === 's1' ? 'teams-student-1' : `teams-${id}`);

async function round(requirements: string) {
  const data = companyRoundData();
  for (const [i, id] of STUDENTS.slice(1).entries()) {
    data.students[id] = Student.parse({ id, roundId: 'r1', studentNumber: `10030${i}`, programmeCode: '90001', identities: [{ platform: 'teams', userId: userOf(id) }] });
  }
  // Every student talked with Koppel before, so Koppel can write to them.
  for (const id of STUDENTS) data.conversations[`teams:${userOf(id)}`] = { platform: 'teams', userId: userOf(id), reference: {}, updatedAt: '2027-01-01T10:00:00Z' };
  const h = await intakeHarness(data);
  const saved = await h.submit('offer.save', {
    roundId: 'r1', places: '4', supervisionCapacity: '4', days: 'mon,tue,wed', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3',
    organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners en leert wonden verzorgen.', extraSupport: 'false',
    locationId: 'loc1', requirements, placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
  }, 'nl', CONTACT_USER);
  expect(formOf(saved).id).toBe('offer.summary');
  return h;
}

type Harness = Awaited<ReturnType<typeof round>>;

/** The whole intake by card submits; `answers` for the requirement step when it comes. */
async function intake(h: Harness, id: string, answers?: Record<string, string>) {
  const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', userOf(id));
  await as('intake.start');
  await as('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en bewoners help bij het wassen.' });
  await as('intake.save.work-processes', { codes: 'B1-K1-W3' });
  await as('intake.save.organisation', {});
  await as('intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '30' });
  const next = formOf(await as('intake.save.days', { days: 'mon,tue,wed' }));
  if (answers) {
    expect(next.id).toBe('intake.requirements');
    expect(formOf(await as('intake.save.requirements', answers)).id).toBe('intake.support');
  } else {
    expect(next.id).toBe('intake.support');
  }
  const summary = formOf(await as('intake.save.support', {}));
  expect(summary.id).toBe('intake.summary');
  await as('intake.confirm');
  return summary;
}

async function placed(h: Harness): Promise<string[]> {
  await h.submit('round.close', { roundId: 'r1', confirmed: 'true' }, 'nl', 'coord-1');
  await h.submit('round.match', { roundId: 'r1' }, 'nl', 'coord-1');
  const preview = await h.services().runs.preview('r1');
  return preview!.students.filter((s) => s.status === 'matched').map((s) => s.studentId).sort();
}

describe('requirements a student has or is, asked in the intake', () => {
  it('an offer that needs a driving licence places exactly the students who said they have one', async () => {
    const h = await round('driving_licence');
    const question = formOf(await (async () => {
      await h.submit('intake.start');
      await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en bewoners help bij het wassen.' });
      await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
      await h.submit('intake.save.organisation', {});
      await h.submit('intake.save.travel', { municipality: 'Delft', modes: 'bike', maxMinutes: '30' });
      return h.submit('intake.save.days', { days: 'mon,tue,wed' });
    })());
    // Only what an offer of the round needs, as yes or no; never a date of birth.
    expect(question.fields.map((f) => f.id)).toEqual(['driving_licence']);
    expect(question.fields[0]).toMatchObject({ kind: 'choice', label: 'Heb je een rijbewijs (B)?' });
    // A missing answer is said, and nothing is lost.
    expect(formOf(await h.submit('intake.save.requirements', {})).errors).toEqual({ driving_licence: 'Kies ja of nee.' });

    await intake(h, 's1', { driving_licence: 'yes' });
    await intake(h, 's2', { driving_licence: 'no' });
    const summary = await intake(h, 's3', { driving_licence: 'yes' });
    await intake(h, 's4', { driving_licence: 'no' });
    // The summary shows the answer, with a button to change it.
    const section = summary.sections?.find((s) => s.title === 'Eisen van stageplekken');
    expect(section?.facts).toEqual([{ label: 'Heb je een rijbewijs (B)?', value: 'ja' }]);
    expect(section?.action).toMatchObject({ verb: 'intake.edit', data: { step: 'requirements' } });
    const stored = (await h.store.read(EVERYTHING)).students;
    expect(stored.s2).toMatchObject({ requirementsMet: [], requirementsAnswered: ['driving_licence'] });

    expect(await placed(h)).toEqual(['s1', 's3']);
  });

  it('a student can change the answer from the summary', async () => {
    const h = await round('driving_licence');
    await intake(h, 's2', { driving_licence: 'no' });
    const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', userOf('s2'));
    const edit = formOf(await as('intake.edit', { step: 'requirements' }));
    expect(edit.fields[0]).toMatchObject({ id: 'driving_licence', value: 'no' });
    expect(formOf(await as('intake.save.requirements', { driving_licence: 'yes' })).id).toBe('intake.summary');
    expect((await h.store.read(EVERYTHING)).students.s2.requirementsMet).toEqual(['driving_licence']);
  });

  it('a requirement added after students confirmed: the status counts who was never asked, the student sees the open question', async () => {
    const h = await round('');
    for (const id of STUDENTS.slice(0, 2)) await intake(h, id);
    const offer = Object.values((await h.store.read(EVERYTHING)).offers)[0];
    const withLicence = {
      roundId: 'r1', places: '4', supervisionCapacity: '4', days: 'mon,tue,wed', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3',
      organisationType: 'verpleeghuis', learnText: offer.learnText, extraSupport: 'false', locationId: 'loc1', requirements: 'driving_licence',
      placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
    };
    await h.submit('offer.save', withLicence, 'nl', CONTACT_USER);
    await h.submit('offer.save', { ...withLicence, places: '3' }, 'nl', CONTACT_USER);
    // The two who confirmed are asked the new question, once, through the outbox.
    await h.sendQueued();
    const asked = h.sent.filter((s) => s.notification.kind === 'requirement-question');
    expect(asked.map((s) => s.recipient.userId).sort()).toEqual([userOf('s2'), userOf('s1')]);
    const message = await notificationReplies(asked[0].notification, 'nl', h.services());
    expect(textOf(message)).toContain('Er is een stageplek bij gekomen die iets vraagt wat we je nog niet vroegen (1 vraag, ja of nee)');
    expect(formOf(message).actions[0]).toMatchObject({ verb: 'intake.edit', data: { step: 'requirements' } });
    const status = formOf(await h.say('ronde status', 'nl', 'coord-1'));
    expect(status.sections?.flatMap((s) => s.facts)).toContainEqual({ label: 'Bevestigd, nooit gevraagd naar: Rijbewijs (telt als nee tot ze antwoorden)', value: '2' });
    const summary = formOf(await h.say('mijn gegevens', 'nl', userOf('s1')));
    expect(summary.sections?.find((s) => s.title === 'Eisen van stageplekken')?.facts).toEqual([{ label: 'Heb je een rijbewijs (B)?', value: 'nog niet beantwoord' }]);
    // Answered from the message's button: the confirmed wish stays confirmed, and nothing is asked any more.
    const question = formOf(await h.submit(formOf(message).actions[0].verb, formOf(message).actions[0].data, 'nl', userOf('s1')));
    expect(question.id).toBe('intake.requirements');
    expect(formOf(await h.submit('intake.save.requirements', { driving_licence: 'yes' }, 'nl', userOf('s1'))).id).toBe('intake.summary');
    expect((await h.store.read(EVERYTHING)).students.s1).toMatchObject({ intakeStatus: 'confirmed', requirementsMet: ['driving_licence'] });
    const toS1 = asked.find((s) => s.recipient.userId === userOf('s1'))!;
    expect(await notificationReplies(toS1.notification, 'nl', h.services())).toEqual([]);
    // The one who has not answered yet: the preview warns before anyone approves.
    await h.submit('round.close', { roundId: 'r1', confirmed: 'true' }, 'nl', 'coord-1');
    const preview = formOf(await h.submit('round.match', { roundId: 'r1' }, 'nl', 'coord-1'));
    expect(preview.notice).toEqual({ tone: 'warning', text: expect.stringContaining('nog niet beantwoordden (Rijbewijs: 1) tellen voor die stageplekken als "nee"') });
  });

  it('a VOG is no filter: every student is placed as if there were none, and nobody is asked about it', async () => {
    const h = await round('certificate_of_conduct');
    for (const id of STUDENTS) await intake(h, id);
    expect(await placed(h)).toEqual(STUDENTS);
    // Then approved by a second coordinator and released: the result card lists the VOG as a to-do.
    const review = formOf(await h.submit('round.approve', { roundId: 'r1' }, 'nl', 'coord-2'));
    await h.submit('round.approve', review.actions[0].data, 'nl', 'coord-2');
    expect(textOf(await h.submit('round.release.schedule', { roundId: 'r1', date: '2027-01-06', time: '09:00' }, 'nl', 'coord-1'))).toContain('vrijgave');
    h.clock.now = new Date('2027-01-06T09:00:00+01:00');
    const result = formOf(await h.say('uitslag', 'nl', userOf('s2')));
    expect(result.sections?.[0].facts).toContainEqual({ label: 'Te regelen', value: expect.stringContaining('VOG') });
    // The student marks it on the card; the card then says how it stands.
    expect(result.actions.filter((x) => x.verb === 'placement.vog').map((x) => x.label)).toEqual(['VOG aangevraagd', 'Ik heb mijn VOG']);
    const marked = await h.submit('placement.vog', { state: 'requested' }, 'nl', userOf('s2'));
    expect(textOf(marked)).toContain('de school weet het nu');
    const card = formOf(marked);
    expect(card.sections?.[0].facts).toContainEqual({ label: 'Te regelen', value: 'VOG: aangevraagd. Laat het weten als je hem hebt.' });
    expect(card.actions.filter((x) => x.verb === 'placement.vog').map((x) => x.label)).toEqual(['Ik heb mijn VOG']);
  });
});
