import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillManifest, manifestProblems, manifestTemplate, pngSize } from './teams-manifest.js';

const settings = {
  MICROSOFT_APP_ID: '8f0e5c1d-2222-4c4c-9a9a-0123456789ab', SCHOOL_NAME: 'ROC Voorbeeld',
  SCHOOL_WEBSITE: 'https://www.rocvoorbeeld.nl', SCHOOL_PRIVACY_URL: 'https://www.rocvoorbeeld.nl/privacy', SCHOOL_TERMS_URL: 'https://www.rocvoorbeeld.nl/voorwaarden',
};

describe('Teams app manifest', () => {
  it('is valid against Microsoft\'s schema once filled in for a school', () => {
    const manifest = fillManifest(manifestTemplate(), settings);
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({ id: settings.MICROSOFT_APP_ID, bots: [{ botId: settings.MICROSOFT_APP_ID, scopes: ['personal', 'team', 'groupChat'] }] });
  });

  it('lists the commands people type, so Teams suggests them', () => {
    const manifest = fillManifest(manifestTemplate(), settings) as { bots: Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }> };
    const personal = manifest.bots[0].commandLists[0].commands.map((c) => c.title);
    expect(personal).toEqual(expect.arrayContaining(['help', 'start', 'mijn gegevens', 'uitslag', 'ronde nieuw', 'studenten importeren']));
  });

  it('the schema check catches a broken manifest', () => {
    const manifest = fillManifest(manifestTemplate(), { ...settings, MICROSOFT_APP_ID: 'not-a-guid' });
    expect(manifestProblems(manifest).join('\n')).toMatch(/\/id/);
    expect(() => fillManifest(manifestTemplate(), { ...settings, SCHOOL_NAME: '' })).toThrow('SCHOOL_NAME is missing');
  });

  it('ships icons of the sizes Teams requires', () => {
    expect(pngSize(readFileSync(new URL('./color.png', import.meta.url)))).toEqual({ width: 192, height: 192 });
    expect(pngSize(readFileSync(new URL('./outline.png', import.meta.url)))).toEqual({ width: 32, height: 32 });
  });
});
