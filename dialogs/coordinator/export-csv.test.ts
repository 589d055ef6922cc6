import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { harness, ok, QUOTED_COMPANY, SUPPORT_DETAILS, testData, WISHES } from '../../bot/matching-runs/testing/run-test-support.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { loadCatalogue, workProcessesOf } from '../../bot/catalogue/index.js';
import { figuresFile, resultFile } from './export-csv.js';

const PIN_REASON = 'Moeder belde: thuissituatie, liever dichtbij';
// Work-process titles come from the catalogue, not from anyone's wish: the checks below look past them.
const catalogue = await loadCatalogue();

async function exported(language: 'nl' | 'en') {
  const h = await harness(testData('closed'));
  ok(await h.service.run('r1', 'coord-a'));
  ok(await h.service.place('r1', '2027000', 'o2', PIN_REASON, 'coord-a', true));
  const { exported } = ok(await h.service.exportRun('r1', 'coord-b'));
  const result = resultFile('r1', exported, catalogue, language);
  const figures = figuresFile('r1', exported, language);
  return { ...h, result: { csv: result.csv, fileName: result.name }, figures: { csv: figures.csv, fileName: figures.name } };
}

const titles = catalogue.programmes.flatMap((p) => workProcessesOf(p).flatMap((wp) => [wp.title, wp.titleEn ?? wp.title]));
const withoutTitles = (csv: string): string => titles.reduce((text, title) => text.split(title).join(''), csv);

const rowsOf = (csv: string): string[][] => parse(csv, { delimiter: ';', bom: true, relax_column_count: false });

describe('result export', () => {
  it('has one row per student with number, company, offer, location, travel and reasons', async () => {
    const { result } = await exported('nl');
    expect(result.csv.startsWith('\uFEFFstudentnummer;')).toBe(true);
    expect(result.fileName).toMatch(/^koppel-r1-run_\d+-koppelingen\.csv$/);
    const [header, ...rows] = rowsOf(result.csv);
    expect(header).toEqual(['studentnummer', 'status', 'leerbedrijf', 'aanbod-id', 'locatie', 'reistijd (min)', 'met de hand geplaatst', 'redenen', 'wat zou helpen']);
    expect(rows).toHaveLength(14);
    const pinned = rows.find((r) => r[0] === '2027000');
    expect(pinned?.slice(1, 5)).toEqual(['gekoppeld', QUOTED_COMPANY, 'o2', 'Delft']);
    expect(pinned?.[6]).toBe('ja');
    expect(pinned?.[7]).toContain('met de hand geplaatst');
    const travelled = rows.find((r) => r[1] === 'gekoppeld' && r[6] === 'nee');
    expect(travelled?.[5]).toMatch(/^\d+$/);
    expect(travelled?.[7]).toMatch(/min/);
    expect(rows.find((r) => r[0] === '2027012')?.[1]).toBe('eigen stageplek');
  });

  it('quotes the company name that holds ; and quotes, so every row keeps its columns', async () => {
    const { result } = await exported('nl');
    expect(result.csv).toContain('"Zorg ""De Linde""; Delft"');
    expect(rowsOf(result.csv).every((r) => r.length === 9)).toBe(true);
  });

  it('holds no wish text, support details, pin reason or names of people', async () => {
    const { store, result, figures } = await exported('nl');
    const data = await store.read(EVERYTHING);
    for (const csv of [result.csv, figures.csv].map(withoutTitles)) {
      for (const wish of WISHES) expect(csv).not.toContain(wish);
      expect(csv).not.toMatch(/medicijnen|dementie|zorgplan/);
      expect(csv).not.toContain(SUPPORT_DETAILS);
      expect(csv).not.toMatch(/dyslexie/);
      expect(csv).not.toContain(PIN_REASON);
      expect(csv).not.toContain('Bakkerij Eigen');
      for (const s of Object.values(data.students)) expect(csv).not.toContain(s.displayName!);
      expect(csv).not.toMatch(/29:user/);
    }
  });

  it('says a place fits the learning wish without quoting a word of it', async () => {
    for (const language of ['nl', 'en'] as const) {
      const { result } = await exported(language);
      const reasons = withoutTitles(rowsOf(result.csv).slice(1).map((r) => r[7]).join('\n'));
      expect(reasons).toContain(language === 'nl' ? 'past bij de leerwens' : 'fits the learning wish');
      expect(reasons).not.toMatch(/leerwens:|learning wish:/);
      const wishWords = WISHES.flatMap((w) => w.toLowerCase().match(/\p{L}{6,}/gu) ?? []).filter((w) => !['leerwens', 'learning'].includes(w));
      for (const word of wishWords) expect(reasons.toLowerCase(), word).not.toContain(word);
    }
  });

  it('writes the header in English when asked', async () => {
    const { result } = await exported('en');
    expect(rowsOf(result.csv)[0]).toEqual(['student number', 'status', 'company', 'offer id', 'location', 'travel (min)', 'placed by hand', 'reasons', 'what would help']);
    expect(result.csv).toContain('placed by hand by a coordinator');
    expect(result.fileName).toMatch(/-matches\.csv$/);
  });
});

describe('figures export', () => {
  it('counts per programme and in total', async () => {
    const { figures } = await exported('nl');
    const [header, ...rows] = rowsOf(figures.csv);
    expect(header).toEqual(['opleiding', 'naam opleiding', 'studenten', 'bevestigd', 'eigen stageplek', 'gekoppeld', 'niet gekoppeld', 'bruikbare plekken', 'onbenutte plekken']);
    expect(rows).toHaveLength(2);
    const [programme, total] = rows;
    expect(programme.slice(0, 2)).toEqual(['90001', 'Verzorgende-IG']);
    expect(programme.slice(2, 5)).toEqual(['14', '12', '1']);
    expect(Number(programme[5]) + Number(programme[6])).toBe(12);
    expect(programme[7]).toBe('14');
    expect(Number(programme[8])).toBe(14 - Number(programme[5]));
    expect(total.slice(2)).toEqual(programme.slice(2));
  });
});

describe('exports are audited and need a run', () => {
  it('audits each export with ids and counts only', async () => {
    const { store } = await exported('nl');
    const exports = (await store.read(EVERYTHING)).audit.filter((a) => a.action === 'export.created');
    expect(exports.map((a) => [a.actorId, a.subjectId, a.detail.rows, String(a.detail.runId).startsWith('run_')])).toEqual([['coord-b', 'r1', 14, true]]);
  });

  it('refuses an export before the first run and for an unknown round, without an audit event', async () => {
    const { store, service } = await harness(testData('closed'));
    expect(await service.exportRun('r1', 'coord-b')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'needs-match-run' } });
    expect(await service.exportRun('nope', 'coord-b')).toEqual({ ok: false, refusal: { code: 'unknown-round' } });
    expect((await store.read(EVERYTHING)).audit).toHaveLength(0);
  });
});
