import { describe, expect, it } from 'vitest';
import { handleTurn } from './koppel-dialogs.js';
import { fakeServices } from './testing/fake-services.js';
import type { Language, Reply, Role, Turn } from './turn.js';
import { languageOf } from './turn.js';

function say(text: string, role: Role, language: Language = 'nl'): Promise<Reply[]> {
  const turn: Turn = { person: { platform: 'teams', userId: '29:abc' }, language, input: { kind: 'text', text } };
  return handleTurn(turn, fakeServices({ roleOf: async () => role }));
}

function allText(replies: Reply[]): string {
  return replies.map((r) => {
    if (r.kind === 'text') return r.text;
    if (r.kind === 'summary' || r.kind === 'chart') return [r.title, r.kind === 'summary' ? r.intro : '', ...r.facts.map((f) => `${f.label}: ${f.value}`)].join('\n');
    if (r.kind === 'file') return r.description;
    return r.form.title;
  }).join('\n');
}

describe('welcome and help', () => {
  it('tells a student, in Dutch, what Koppel is and what they can do', async () => {
    const text = allText(await say('hallo', { kind: 'student', studentId: 's1' }));
    expect(text).toContain('Welkom bij Koppel');
    expect(text).toContain('Je bent hier als student.');
    expect(text).toContain('start: Schrijf op wat je wilt leren');
    expect(text).not.toContain('aanbod');
  });

  it('tells a company contact about the offer and that the meeting is no selection', async () => {
    const text = allText(await say('Help!', { kind: 'company-contact', companyId: 'c1' }));
    expect(text).toContain('namens een leerbedrijf');
    expect(text).toContain('geen selectiemoment');
  });

  it('tells a coordinator about rounds, matching and release', async () => {
    const text = allText(await say('HELP', { kind: 'coordinator' }));
    expect(text).toContain('stagecoördinator');
    expect(text).toContain('ronde nieuw / new round: Een nieuwe stageronde maken');
    expect(text).toContain('studenten importeren');
  });

  it('tells an unknown person whom to ask, with their id for the administrator', async () => {
    const text = allText(await say('hoi', { kind: 'unknown' }));
    expect(text).toContain('Vraag dan je stagecoördinator');
    expect(text).toContain('29:abc');
  });

  it('answers in English for an English locale', async () => {
    const text = allText(await say('hello', { kind: 'student', studentId: 's1' }, languageOf('en-US')));
    expect(text).toContain('Welcome to Koppel');
    expect(text).toContain('You are here as a student.');
  });

  it('answers anything else with a pointer to help', async () => {
    const text = allText(await say('wat is dit', { kind: 'unknown' }));
    expect(text).toContain('Typ **help**');
  });

  it('maps platform locales to a language, Dutch by default', () => {
    expect([languageOf('en-GB'), languageOf('nl-NL'), languageOf(undefined), languageOf('de-DE')]).toEqual(['en', 'nl', 'nl', 'nl']);
  });
});

describe('language choice', () => {
  it('remembers `nederlands` and answers in Dutch afterwards, whatever the platform locale', async () => {
    const chosen = new Map<string, Language>();
    const services = fakeServices({
      roleOf: async (): Promise<Role> => ({ kind: 'coordinator' }),
      languagePreference: async (p: Turn['person']) => chosen.get(p.userId),
      setLanguagePreference: async (p: Turn['person'], l: Language) => void chosen.set(p.userId, l),
    });
    const turn = (text: string): Turn => ({ person: { platform: 'teams', userId: 'u1' }, language: 'en', input: { kind: 'text', text } });
    expect(allText(await handleTurn(turn('hello'), services))).toContain('Liever Nederlands? Typ **nederlands**.');
    expect(allText(await handleTurn(turn('nederlands'), services))).toContain('Welkom bij Koppel');
    expect(chosen.get('u1')).toBe('nl');
    expect(allText(await handleTurn(turn('help'), services))).toContain('Je bent hier als stagecoördinator.');
    expect(allText(await handleTurn(turn('english'), services))).toContain('You are here as an internship coordinator.');
  });
});

describe('one register per audience', () => {
  it('tells a company contact what Koppel does for them, in the u-form, not the student’s text', async () => {
    const text = allText(await say('help', { kind: 'company-contact', companyId: 'c1' } as Role));
    expect(text).not.toContain('Koppel regelt je stageplek');
    expect(text).toContain('uw stageplekken');
    expect(text).not.toMatch(/\bje\b|\bjij\b|\bjouw\b/);
  });

  it('tells a coordinator what Koppel does for the school', async () => {
    const text = allText(await say('help', { kind: 'coordinator' } as Role));
    expect(text).not.toContain('Koppel regelt je stageplek');
    expect(text).toContain('tweede coördinator');
  });
});

describe('the demo’s welcome', () => {
  it('says it is the demo and how to switch roles', async () => {
    const turn: Turn = { person: { platform: 'teams', userId: '29:abc' }, language: 'nl', input: { kind: 'text', text: 'help' } };
    const text = allText(await handleTurn(turn, fakeServices({ roleOf: async () => ({ kind: 'coordinator' }) as Role, demoMode: true })));
    expect(text).toContain('Dit is de **demo** van Koppel');
    expect(text).toContain('**demo rol student**');
    expect(allText(await say('help', { kind: 'coordinator' } as Role))).not.toContain('demo');
  });
});
