import type { Company } from '../../bot/domain/company.js';
import type { Round } from '../../bot/domain/round.js';
import type { ExtraPlaceAdvice } from '../../bot/figures/extra-places.js';
import type { MatchRow, MatchRowStatus } from '../../bot/figures/match-table.js';
import type { Figure, RoundFigures } from '../../bot/figures/round-figures.js';
import type { addTotals } from '../../bot/figures/school-year.js';
import { renderReason, type MatchReason } from '../../bot/explanations.js';
import { textsFor } from '../../dialogs/texts/index.js';
import type { Language } from '../../dialogs/turn.js';
import { documentHtml, escapeHtml, plainHtml } from './html.js';

// The coordinators' dashboard as HTML: every figure as a table (readable without script and by a
// screen reader), the main ones also as Chart.js charts drawn by /web/assets/dashboard.js from JSON
// the page carries; the matches with their explanation, filtered by a plain GET form.

export interface DashboardView {
  language: Language;
  rounds: Round[];
  round?: Round;
  figures?: RoundFigures;
  matches: MatchRow[];
  /** The school year's totals over its rounds (by the start of the internships). */
  schoolYear?: { year: string; totals: ReturnType<typeof addTotals> };
  /** Where extra places would place the most students still without one (after a match). */
  extraPlaces: ExtraPlaceAdvice[];
  companies: Company[];
  filters: { programme?: string; status?: MatchRowStatus; company?: string };
  /** The page's own address (the link), for the forms and the export. */
  base: string;
}

interface Chart { id: string; title: string; labels: string[]; series: Array<{ label: string; values: number[] }>; stacked?: boolean; horizontal?: boolean }

const shown = (f: Figure | number) => String(f);
const asNumber = (f: Figure) => (typeof f === 'number' ? f : 0);

export function renderDashboard(view: DashboardView): string {
  const t = textsFor(view.language).web;
  const d = t.dashboard;
  const { figures, round } = view;
  const companyName = (id: string | undefined) => view.companies.find((c) => c.id === id)?.name ?? id ?? '';
  const roundPicker = `<form method="get" action="${escapeHtml(view.base)}" class="card"><label for="round">${escapeHtml(d.round)}</label>
<select id="round" name="round">${view.rounds.map((r) => `<option value="${escapeHtml(r.id)}"${r.id === round?.id ? ' selected' : ''}>${plainHtml(r.name)}</option>`).join('')}</select>
<input type="hidden" name="lang" value="${view.language}"><button type="submit" class="primary">${escapeHtml(d.show)}</button></form>`;
  if (!figures || !round) return page(view, `<main id="main"><h1>${escapeHtml(d.title)}</h1>${view.rounds.length ? roundPicker : `<p>${escapeHtml(d.noRounds)}</p>`}</main>`, []);

  const charts: Chart[] = [
    { id: 'chart-programmes', title: d.students, labels: figures.programmes.map((p) => p.programmeCode), stacked: true,
      series: [
        { label: d.placed, values: figures.programmes.map((p) => asNumber(p.placed)) },
        { label: d.ownPlace, values: figures.programmes.map((p) => asNumber(p.ownPlace)) },
        { label: d.waiting, values: figures.programmes.map((p) => asNumber(p.waiting)) },
      ] },
    { id: 'chart-places', title: d.places, labels: figures.companies.map((c) => companyName(c.companyId)), stacked: true, horizontal: true,
      series: [{ label: d.used, values: figures.companies.map((c) => c.used) }, { label: d.left, values: figures.companies.map((c) => c.left) }] },
    { id: 'chart-travel', title: d.travel, labels: Object.keys(figures.travelMinutes), series: [{ label: d.placed, values: Object.values(figures.travelMinutes) }] },
  ];
  const statusLabel = (s: MatchRowStatus) => ({ placed: d.placed, waiting: d.waiting, 'own-place': d.ownPlace, 'not-confirmed': d.notConfirmed })[s];
  const rows = view.matches.filter((m) => (!view.filters.programme || m.programmeCode === view.filters.programme)
    && (!view.filters.status || m.status === view.filters.status) && (!view.filters.company || m.companyId === view.filters.company));
  const option = (value: string, label: string, selected: string | undefined) => `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${plainHtml(label)}</option>`;
  const filters = `<form method="get" action="${escapeHtml(view.base)}" class="filters">
<input type="hidden" name="round" value="${escapeHtml(round.id)}"><input type="hidden" name="lang" value="${view.language}">
<label for="f-programme">${escapeHtml(d.programme)}</label><select id="f-programme" name="programme">${option('', d.all, view.filters.programme ?? '')}${figures.programmes.map((p) => option(p.programmeCode, p.programmeCode, view.filters.programme)).join('')}</select>
<label for="f-status">${escapeHtml(d.status)}</label><select id="f-status" name="status">${option('', d.all, view.filters.status ?? '')}${(['placed', 'waiting', 'own-place', 'not-confirmed'] as const).map((s) => option(s, statusLabel(s), view.filters.status)).join('')}</select>
<label for="f-company">${escapeHtml(d.company)}</label><select id="f-company" name="company">${option('', d.all, view.filters.company ?? '')}${figures.companies.map((c) => option(c.companyId, companyName(c.companyId), view.filters.company)).join('')}</select>
<button type="submit" class="primary">${escapeHtml(d.filter)}</button></form>`;
  const reasonText = (m: MatchRow) => m.reasons.map((r) => renderReason({ code: r.code, ...r.params } as unknown as MatchReason, view.language)).join('; ');
  const table = (caption: string, head: string[], body: string[][]) => `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const chartHtml = (c: Chart) => `<figure class="card" data-chart="${c.id}-data"><figcaption>${escapeHtml(c.title)}</figcaption><canvas id="${c.id}" role="img" aria-label="${escapeHtml(c.title)}"></canvas>
<script type="application/json" id="${c.id}-data">${JSON.stringify({ labels: c.labels, series: c.series, stacked: c.stacked ?? false, horizontal: c.horizontal ?? false }).replace(/</g, '\\u003c')}</script></figure>`;
  const byReason = Object.entries(figures.refusalsByReason).map(([r, n]) => [escapeHtml(textsFor(view.language).followUp.company.reasons[r as keyof typeof figures.refusalsByReason]), String(n)]);
  const content = `<main id="main"><h1>${escapeHtml(d.title)}: ${plainHtml(round.name)}</h1>
${roundPicker}
<p>${escapeHtml(d.smallGroups)}${round.status === 'open' ? ` ${escapeHtml(d.live)}` : ''}</p>
<section class="card">${table(d.students, [d.programme, d.imported, d.confirmed, d.ownPlace, d.placed, d.waiting], [
    ...figures.programmes.map((p) => [escapeHtml(p.programmeCode), shown(p.imported), shown(p.confirmed), shown(p.ownPlace), shown(p.placed), shown(p.waiting)]),
    ['', String(figures.totals.imported), String(figures.totals.confirmed), String(figures.totals.ownPlace), String(figures.totals.placed), String(figures.totals.waiting)],
  ])}</section>
${view.schoolYear ? `<section class="card">${table(d.schoolYear(view.schoolYear.year, view.schoolYear.totals.rounds), [d.imported, d.confirmed, d.ownPlace, d.placed, d.waiting], [[String(view.schoolYear.totals.imported), String(view.schoolYear.totals.confirmed), String(view.schoolYear.totals.ownPlace), String(view.schoolYear.totals.placed), String(view.schoolYear.totals.waiting)]])}</section>` : ''}
${charts.map(chartHtml).join('\n')}
<section class="card">${table(d.places, [d.company, d.offered, d.used, d.left, d.refusals], figures.companies.map((c) => [plainHtml(companyName(c.companyId)), String(c.offered), String(c.used), String(c.left), shown(c.refusals)]))}</section>
<section class="card"><h2>${escapeHtml(d.indicators)}</h2><dl>
<dt>${escapeHtml(d.struggled)}</dt><dd>${Math.round(figures.indicators.struggledShare * 100)}%</dd>
<dt>${escapeHtml(d.applications)}</dt><dd>${figures.indicators.applicationsPerPlacedStudent}</dd>
${figures.firstChoiceShare !== undefined ? `<dt>${escapeHtml(d.firstChoice)}</dt><dd>${Math.round(figures.firstChoiceShare * 100)}%</dd>` : ''}
<dt>${escapeHtml(d.meetings)}</dt><dd>${figures.meetings.held} / ${figures.meetings.feltLikeSelection}</dd>
<dt>${escapeHtml(d.contactMoments)}</dt><dd>${figures.contactMoments.enoughHeld} / ${figures.contactMoments.onSiteHeld} (${figures.contactMoments.internships})</dd>
<dt>${escapeHtml(d.reports)}</dt><dd>${Object.entries(figures.reports.byPhase).map(([phase, n]) => `${escapeHtml(phase)}: ${shown(n)}`).join(', ')} / ${shown(figures.reports.forwarded)}</dd>
<dt>${escapeHtml(d.daysToStart)}</dt><dd>${figures.daysReleaseToStart}</dd>
</dl><p><a href="${escapeHtml(`${view.base}/indicators.csv?round=${encodeURIComponent(round.id)}&lang=${view.language}`)}" download>${escapeHtml(d.export)}</a> · <a href="${escapeHtml(`${view.base}/indicators.xlsx?round=${encodeURIComponent(round.id)}&lang=${view.language}`)}" download>${escapeHtml(d.exportXlsx)}</a></p>
${table(d.refusalsByReason, [d.refusals, '#'], byReason)}</section>
${view.extraPlaces.length ? `<section class="card">${table(textsFor(view.language).coordinator.extraPlaces.title(round.name), [d.company, d.extraOne, d.extraThree, d.reachable], view.extraPlaces.slice(0, 10).map((a) => [`${plainHtml(companyName(a.companyId))}, ${plainHtml(a.municipality)}`, String(a.withOne), String(a.withThree), String(a.reachable)]))}</section>` : ''}
${figures.checkIns.length ? `<section class="card">${table(d.checkIns, [d.programme, d.moment, d.asked, d.answered, d.conversations], figures.checkIns.map((c) => [escapeHtml(c.programmeCode), escapeHtml(c.moment), String(c.asked), shown(c.answered), shown(c.conversationsAsked)]))}</section>` : ''}
${figures.evaluations.some((e) => e.asked > 0) ? `<section class="card">${table(d.evaluations, [d.side, d.asked, d.answered, d.satisfaction, d.selection], figures.evaluations.map((e) => [escapeHtml(e.side), String(e.asked), shown(e.answered), e.detail ? Object.entries(e.detail.satisfaction).map(([score, n]) => `${score}: ${shown(n)}`).join(', ') : '', e.detail ? shown(e.detail.selectionConversation) : '']))}</section>` : ''}
<section class="card"><h2>${escapeHtml(d.matches)}</h2>${filters}
${table(d.matches, [d.studentNumber, d.programme, d.status, d.company, d.explanation], rows.map((m) => [escapeHtml(m.studentNumber), escapeHtml(m.programmeCode), escapeHtml(statusLabel(m.status)), plainHtml(companyName(m.companyId)), escapeHtml(reasonText(m))]))}</section>
</main>`;
  return page(view, content, charts, round.status === 'open');
}

/** The ministry's indicators of a round as label and value pairs, for the CSV and the spreadsheet. */
export function indicatorRows(figures: RoundFigures, language: Language): Array<[string, string]> {
  const d = textsFor(language).web.dashboard;
  return [
    [d.round, figures.roundName], [d.imported, String(figures.totals.imported)], [d.confirmed, String(figures.totals.confirmed)],
    [d.ownPlace, String(figures.totals.ownPlace)], [d.placed, String(figures.totals.placed)], [d.waiting, String(figures.totals.waiting)],
    [d.struggled, figures.indicators.struggledShare.toFixed(3)], [d.applications, String(figures.indicators.applicationsPerPlacedStudent)],
    ['reports', String(figures.indicators.reports)], [d.daysToStart, String(figures.daysReleaseToStart)],
  ];
}

/** The ministry's indicators of a round as CSV (semicolons, as Dutch spreadsheets expect). */
export function indicatorsCsv(figures: RoundFigures, language: Language): string {
  const rows = indicatorRows(figures, language);
  const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${rows.map(([k, v]) => `${cell(k)};${cell(v)}`).join('\r\n')}\r\n`;
}

function page(view: DashboardView, content: string, charts: Chart[], live = false): string {
  const t = textsFor(view.language).web;
  return documentHtml({
    language: view.language, title: `${t.dashboard.title} · Koppel`, style: STYLE, head: live ? '<meta http-equiv="refresh" content="60">\n' : '',
    body: `<a class="skip" href="#main">${escapeHtml(t.skip)}</a>
${content}
${charts.length ? '<script src="/web/assets/chart.js"></script><script src="/web/assets/dashboard.js"></script>' : ''}`,
  });
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#f5f5f5}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
main{max-width:70rem;margin:0 auto;padding:1rem}.card{background:#fff;border:1px solid #c8c8c8;border-radius:.5rem;padding:1rem;margin:1rem 0}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:700;margin-bottom:.5rem}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
figure{margin:1rem 0}figcaption{font-weight:700}canvas{max-height:22rem}
label{font-weight:600;margin-right:.25rem}select{font:inherit;padding:.35rem;border:2px solid #555;border-radius:.25rem;margin-right:.75rem}
button{font:inherit;padding:.5rem 1rem;border-radius:.25rem;border:2px solid #0b3d66;background:#0b3d66;color:#fff;cursor:pointer}
a{color:#0b3d66}a:focus,button:focus,select:focus{outline:3px solid #f0b400;outline-offset:2px}
dl{display:grid;grid-template-columns:minmax(12rem,auto) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
`;
