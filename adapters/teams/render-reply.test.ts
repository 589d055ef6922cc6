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
  it('show a CSV as a readable card: a block per row, its columns as label and value, never cut off at the side', () => {
    const csv = '\ufeffstudentnummer;status;leerbedrijf;reden\n100234;gekoppeld;Zorggroep De Linde;"deelt 2 van je 3 werkprocessen; ongeveer 12 min met de fiets"\n100235;nog zonder plek;;\n';
    const shown = inlineFile({ kind: 'file', name: 'uitslag.csv', mediaType: 'text/csv', content: csv, description: 'De uitslag per student' });
    const card = shown.attachments?.[0]?.content as { body: Array<{ type: string; text?: string; items?: Array<{ text?: string; facts?: Array<{ title: string; value: string }> }> }> };
    expect(adaptiveCardProblems(card)).toEqual([]);
    const rows = card.body.filter((b) => b.type === 'Container');
    expect(rows.map((r) => r.items?.[0].text)).toEqual(['studentnummer: 100234', 'studentnummer: 100235']);
    expect(rows[0].items?.[1].facts).toEqual([
      { title: 'status', value: 'gekoppeld' }, { title: 'leerbedrijf', value: 'Zorggroep De Linde' }, { title: 'reden', value: 'deelt 2 van je 3 werkprocessen; ongeveer 12 min met de fiets' },
    ]);
    expect(JSON.stringify(card)).not.toContain('```');
  });

  it('shows the first rows of a long file and says how many more there are', () => {
    const csv = ['nummer;plek', ...Array.from({ length: 40 }, (_, i) => `${100000 + i};Plek ${i}`)].join('\n');
    const shown = inlineFile({ kind: 'file', name: 'groot.csv', mediaType: 'text/csv', content: csv, description: '' }, (n) => `nog ${n}`);
    const card = shown.attachments?.[0]?.content as { body: Array<{ type: string; text?: string }> };
    expect(card.body.filter((b) => b.type === 'Container')).toHaveLength(25);
    expect(card.body.at(-1)?.text).toBe('nog 15');
  });
});
