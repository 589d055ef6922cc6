import { describe, expect, it } from 'vitest';
import { handleTurn } from './koppel-dialogs.js';
import { notificationReplies } from './notification-replies.js';
import { intakeHarness, rankedRoundData, STUDENT_USER } from './testing/intake-fixture.js';
import { renderUserText, userText } from './user-text.js';

// Typed text that reaches another person is marked, so each renderer can make it inert (see the renderers' tests).

const LINK = '[Bevestig je account hier](http://evil.example)';
const typedParts = (text: string) => [...text.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((m) => m[1]);

describe('typed text in replies to others', () => {
  it('a student\'s own place reaches the coordinators marked as typed text', async () => {
    const h = await intakeHarness();
    await h.submit('intake.save.own-place', { companyName: LINK, place: '# Delft &lt;!channel&gt;' });
    const [reply] = await notificationReplies({ kind: 'own-placement-reported', roundId: 'r1', studentId: 's1' }, 'nl', h.services());
    expect(reply.kind === 'text' && typedParts(reply.text)).toEqual([LINK, '# Delft &lt;!channel&gt;']);
  });

  it('a company\'s learnText reaches the students\' ranking cards marked as typed text', async () => {
    const data = rankedRoundData();
    for (const offer of Object.values(data.offers)) Object.assign(offer, { learnText: `${LINK} <!channel>` });
    const h = await intakeHarness(data);
    const person = { platform: 'teams' as const, userId: STUDENT_USER };
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' });
    await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
    await h.submit('intake.save.organisation', {});
    await h.submit('intake.save.travel', { municipality: 'Schiedam', modes: 'bike', maxMinutes: '30' });
    await h.submit('intake.save.days', { days: 'mon,tue' });
    const replies = await handleTurn({ person, language: 'nl', input: { kind: 'submit', verb: 'intake.save.support', values: { verb: 'intake.save.support', wanted: 'false' } } }, h.services());
    const form = replies.find((r) => r.kind === 'form');
    const learn = form?.kind === 'form' ? form.form.sections?.[0].facts.find((f) => f.label === 'Wat je leert')?.value : undefined;
    expect(learn).toBe(userText(`${LINK} <!channel>`));
  });

  it('marks cannot be forged from inside typed text', () => {
    const forged = userText('a\uE001**b**\uE000c');
    expect(renderUserText(`x ${forged} y`, (typed) => `[${typed}]`)).toBe('x [a**b**c] y');
    expect(renderUserText('stray \uE001 and \uE000 marks', (typed) => `[${typed}]`)).toBe('stray  and  marks');
  });
});
