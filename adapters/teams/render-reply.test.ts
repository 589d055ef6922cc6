import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { inlineFile, liveCard, renderReply, summaryCard } from './render-reply.js';

const summary = { kind: 'summary' as const, title: 'Welkom bij Koppel', intro: 'Uitleg', facts: [{ label: 'Leerwens', value: 'Schrijf op wat je wilt leren.' }] };

describe('Teams rendering', () => {
  it('renders a summary as an Adaptive Card that Microsoft\'s renderer accepts without problems', () => {
    expect(adaptiveCardProblems(summaryCard(summary))).toEqual([]);
    const activity = renderReply(summary);
    expect(activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(activity.attachments?.[0].content)).toContain('Schrijf op wat je wilt leren.');
  });

  it('the card checker itself catches broken cards', () => {
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] })).toContain('version 1.6 is above 1.5');
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.ChoiceSet', id: 'x', choices: [] }] }).length).toBeGreaterThan(0);
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] }).join()).toMatch(/NoSuchElement/);
  });

  it('renders text as markdown so **bold** shows in Teams', () => {
    const activity = renderReply({ kind: 'text', text: 'Typ **help**' });
    expect(activity).toMatchObject({ type: 'message', text: 'Typ **help**', textFormat: 'markdown' });
  });
});

describe('live cards', () => {
  it('ask Teams to refresh them through the bot (Action.Execute) and still render without problems', () => {
    const card = liveCard({ kind: 'live', key: 'result:s1', form: { id: 'student.result', title: 'Jouw stageplek', intro: 'Nog even geduld.', fields: [], actions: [] }, refreshLabel: 'Bekijk de uitslag' });
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'live.refresh', data: { key: 'result:s1' } } });
    // The same refresh as a button, for clients that do not refresh by themselves.
    expect(card.actions).toEqual([{ type: 'Action.Execute', verb: 'live.refresh', data: { key: 'result:s1' }, title: 'Bekijk de uitslag' }]);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});

describe('files in the local playground', () => {
  it('are shown in the message itself, as a code block, cut after 20,000 characters', () => {
    const csv = 'studentnummer;bedrijf\n100234;Zorggroep De Linde\n';
    const shown = inlineFile({ kind: 'file', name: 'uitslag.csv', mediaType: 'text/csv', content: csv, description: 'De uitslag per student' });
    expect(shown.text).toBe(`**uitslag.csv** — De uitslag per student\n\n\`\`\`\n${csv}\n\`\`\``);
    const long = inlineFile({ kind: 'file', name: 'groot.csv', mediaType: 'text/csv', content: 'x'.repeat(30_000), description: '' });
    expect(long.text?.length).toBeLessThan(20_100);
    expect(long.text).toContain('…');
  });
});
