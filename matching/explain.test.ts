import { describe, expect, it } from 'vitest';
import type { CandidateResult, MatchOutcome } from './match-outcome.js';
import { matchRound } from './match-round.js';
import { renderCause, renderHelp, renderReason, resultText } from './messages.js';
import { candidate, offer, round } from './testing/round-builders.js';

function results(o: MatchOutcome): readonly CandidateResult[] {
  if (o.status !== 'ok') throw new Error(o.reason);
  return o.results;
}

// s1 wants 4 work processes; the care home offers 3 of them, 4 km east: 3 + 4·1.3/15·60 = 24 min.
const matchedRound = () =>
  round(
    [candidate('s1', { workProcesses: ['P1/B1-K1-W1', 'P1/B1-K1-W2', 'P1/B1-K1-W3', 'P1/B1-K2-W1'], organisationTypes: ['ouderenzorg'], learningWish: 'ik wil leren verzorgen van ouderen' })],
    [offer('zorghuis', 4, { workProcesses: ['P1/B1-K1-W1', 'P1/B1-K1-W2', 'P1/B1-K2-W1'], organisationType: 'ouderenzorg', learnText: 'Verzorging van ouderen, helpen bij wassen' })],
  );

// s2 can travel 30 min by bike; the only offer with B1-K1-W2 is 7 km (40 min) away, within 45.
const unmatchedRound = () =>
  round(
    [candidate('s2', { workProcesses: ['P1/B1-K1-W2'] }, { maxMinutes: 30 })],
    [offer('far', 7, { workProcesses: ['P1/B1-K1-W2'] }), offer('nodays', 1, { workProcesses: ['P1/B1-K1-W9'], days: ['sat'] })],
  );

describe('explanations', () => {
  it('explains a match in Dutch and English', () => {
    const [r] = results(matchRound(matchedRound()));
    expect(resultText(r, 'nl')).toEqual({
      summary: 'Je stageplek: zorghuis',
      lines: ['deelt 3 van je 4 werkprocessen: P1/B1-K1-W1, P1/B1-K1-W2, P1/B1-K2-W1; het soort organisatie dat je zocht (ouderenzorg); past bij je leerwens: verzorging, ouderen; ongeveer 24 min met de fiets'],
      help: [],
    });
    expect(resultText(r, 'en').lines).toEqual([
      'shares 3 of your 4 work processes: P1/B1-K1-W1, P1/B1-K1-W2, P1/B1-K2-W1; the type of organisation you wanted (ouderenzorg); fits your learning wish: verzorging, ouderen; about 24 min by bike',
    ]);
  });

  it('explains an unmatched student: why, and what would help, with counts', () => {
    const [r] = results(matchRound(unmatchedRound()));
    expect(r).toMatchObject({
      status: 'unmatched',
      causes: [{ code: 'refused', rule: 'travel', offers: 1 }, { code: 'refused', rule: 'days', offers: 1 }],
      help: [
        { code: 'longer_travel', minutes: 45, offers: 1 },
        { code: 'work_process_farther', workProcess: 'P1/B1-K1-W2', minutes: 30, widerMinutes: 45, wider: 1 },
        { code: 'more_days', offers: 1 },
        { code: 'manual_placement' },
      ],
    });
    expect(resultText(r, 'nl')).toEqual({
      summary: 'Nog geen stageplek',
      lines: ['1 bedrijf niet bereikbaar binnen je reistijd; 1 bedrijf waar je op te weinig van de stagedagen kunt (er geldt een minimum aantal dagen)'],
      help: [
        'met maximaal 45 min reistijd: 1 bedrijf erbij',
        'geen bedrijf met werkproces P1/B1-K1-W2 binnen 30 min; 1 binnen 45 min',
        'als je op meer dagen kunt: 1 bedrijf erbij',
        'de stagecoördinator kan je met de hand plaatsen',
      ],
    });
    expect(resultText(r, 'en').help[1]).toBe('no company with work process P1/B1-K1-W2 within 30 min; 1 within 45 min');
  });

  it('explains a refusal on the minimum number of days and on shifts, and what would help', () => {
    const r = round(
      [candidate('s1', { days: ['mon', 'tue'], shiftsOk: ['early'] })],
      [offer('A', 1, { days: ['mon', 'tue', 'wed'], minDays: 3 }), offer('B', 1, { shiftsNeeded: ['evening'] })],
    );
    const [s1] = results(matchRound(r));
    expect(s1).toMatchObject({ status: 'unmatched', causes: [{ code: 'refused', rule: 'days', offers: 1 }, { code: 'refused', rule: 'shifts', offers: 1 }] });
    expect(resultText(s1, 'nl').lines).toEqual([
      '1 bedrijf waar je op te weinig van de stagedagen kunt (er geldt een minimum aantal dagen); 1 bedrijf met vroege, avond- of weekenddiensten die je niet hebt gekozen',
    ]);
    expect(resultText(s1, 'en').help).toContain('if you can do early, evening or weekend shifts: 1 company more');
  });

  it('names a missing requirement and a programme without offers', () => {
    const r = round(
      [candidate('s1'), candidate('s2', { programme: { code: 'P9', level: 4 } })],
      [offer('A', 1, { requirements: ['driving_licence'] })],
    );
    const [s1, s2] = results(matchRound(r));
    expect(s1.status === 'unmatched' && s1.help.map((h) => renderHelp(h, 'nl'))).toContain('met een rijbewijs: 1 bedrijf erbij');
    expect(s2.status === 'unmatched' && s2.causes.map((c) => renderCause(c, 'en'))).toEqual(['no offer for your programme P9 (level 4) in this round']);
  });

  it('says which places were taken and where one more place would help', () => {
    const [, loser] = results(matchRound(round([candidate('a', { workProcesses: ['P1/W1'] }), candidate('b', { workProcesses: ['P1/W9'] })], [offer('A', 1, { workProcesses: ['P1/W1'] })])));
    expect(loser).toMatchObject({ candidateId: 'b', status: 'unmatched', causes: [{ code: 'places_taken', offers: 1 }] });
    expect(resultText(loser, 'en').help[0]).toBe('one extra place at A would give you a place');
  });

  it('suggests one extra place at an offer that fits but has no places', () => {
    const [r] = results(matchRound(round([candidate('s1')], [offer('A', 1, { places: 0 })])));
    expect(r).toMatchObject({ causes: [{ code: 'refused', rule: 'capacity', offers: 1 }], help: [{ code: 'extra_place', offerIds: ['A'] }, { code: 'manual_placement' }] });
    expect(resultText(r, 'nl').lines).toEqual(['1 bedrijf zonder vrije plek']);
  });

  it('renders every pin and rank reason in both languages', () => {
    expect(renderReason({ code: 'pinned', reason: 'hoge ondersteuningsbehoefte', brokenRules: ['travel', 'days'] }, 'nl')).toBe(
      'met de hand geplaatst door de coördinator: hoge ondersteuningsbehoefte (buiten de regels om: reistijd, dagen)',
    );
    expect(renderReason({ code: 'ranked_choice', rank: 2 }, 'en')).toBe('your second choice');
    expect(renderReason({ code: 'travel', minutes: 20, mode: 'public_transport', via: 'municipality', municipality: 'Delft' }, 'nl')).toBe(
      'in Delft, dat je zelf als bereikbaar opgaf (ongeveer 20 min met het ov)',
    );
  });
});
