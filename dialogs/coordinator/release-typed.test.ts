// The release moment typed as a Dutch coordinator types it, in the command and on the card; a
// time after `ronde vrijgave` is a moment, never a round's name.
import { describe, expect, it } from 'vitest';
import { demoData } from '../../bot/demo/demo-round.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { BEFORE_DEADLINE, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';

// Koppel's clock stands at 5 January 2027, 12:00 in Amsterdam.
async function approved() {
  const h = await intakeHarness(demoData({ now: BEFORE_DEADLINE, playgroundUserId: 'playground-user' }));
  const as = (who: string) => (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', who);
  await as('coord-1')('round.close', { roundId: 'demo-round', confirmed: 'true' });
  await as('coord-1')('round.match', { roundId: 'demo-round' });
  const card = formOf(await as('coord-2')('round.approve', { roundId: 'demo-round' }));
  await as('coord-2')('round.approve', card.actions[0].data);
  const releaseAt = async () => (await h.store.read(EVERYTHING)).rounds['demo-round'];
  return { ...h, coordinator: as('coord-1'), releaseAt };
}

describe('typing the release moment', () => {
  it.each([
    ['ronde vrijgave 15-01-2027 09:00', '2027-01-15T09:00:00+01:00', '15 januari 2027 om 09:00'],
    ['ronde vrijgave morgen 9:00', '2027-01-06T09:00:00+01:00', '6 januari 2027 om 09:00'],
    ['ronde vrijgave 20:29', '2027-01-05T20:29:00+01:00', '5 januari 2027 om 20:29'],
  ])('`%s` plans the release', async (command, iso, shown) => {
    const h = await approved();
    expect(textOf(await h.say(command, 'nl', 'coord-1'))).toBe(`De vrijgave van **DEMO – Verzorgende-IG en Kok, stageronde** staat gepland op **${shown}**.`);
    expect(await h.releaseAt()).toMatchObject({ status: 'scheduled', releaseAt: iso });
  });

  it('refuses a moment in the past, and still reads a round name as a name', async () => {
    const h = await approved();
    expect(textOf(await h.say('ronde vrijgave 04-01-2027 09:00', 'nl', 'coord-1'))).toBe('Kies een moment in de toekomst.');
    expect((await h.releaseAt()).status).toBe('approved');
    expect(formOf(await h.say('ronde vrijgave DEMO', 'nl', 'coord-1')).id).toBe('round.release');
  });

  it('takes a typed moment on the card over the pickers, and says how to type one it cannot read', async () => {
    const h = await approved();
    const form = formOf(await h.say('ronde vrijgave', 'nl', 'coord-1'));
    expect(form.fields.find((f) => f.id === 'typed')).toMatchObject({ kind: 'text', placeholder: '15-01-2027 09:00 of morgen 9:00' });
    expect(textOf(await h.coordinator('round.release.schedule', { roundId: 'demo-round', date: '2027-02-04', time: '12:00', typed: 'gisteren half negen' })))
      .toBe('Dat moment kan ik niet lezen. Typ bijvoorbeeld **15-01-2027 09:00** of **morgen 9:00** (24-uursklok).');
    await h.coordinator('round.release.schedule', { roundId: 'demo-round', date: '2027-02-04', time: '12:00', typed: '10-02-2027 8.45' });
    expect(await h.releaseAt()).toMatchObject({ status: 'scheduled', releaseAt: '2027-02-10T08:45:00+01:00' });
  });

  it('accepts the picker’s time with seconds', async () => {
    const h = await approved();
    await h.coordinator('round.release.schedule', { roundId: 'demo-round', date: '2027-02-04', time: '09:30:00', typed: '' });
    expect(await h.releaseAt()).toMatchObject({ status: 'scheduled', releaseAt: '2027-02-04T09:30:00+01:00' });
  });
});
