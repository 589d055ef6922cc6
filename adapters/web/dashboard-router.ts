import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Router } from 'express';
import { z } from 'zod/v4';
import type { OpenedLink } from '../../bot/web-links/web-links.js';
import type { DashboardLink } from '../../bot/domain/web-link.js';
import type { Conversations } from '../../dialogs/conversations.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { languageOf, type Language } from '../../dialogs/turn.js';
import ExcelJS from 'exceljs';
import { addTotals, schoolYearOf } from '../../bot/figures/school-year.js';
import { indicatorRows, indicatorsCsv, renderDashboard } from './render-dashboard.js';
import { messagePage } from './render-page.js';
import { roundWithin } from '../../bot/coordinator-scope/coordinator-scope.js';

// The coordinators' dashboard behind a short-lived link a coordinator asks for in the chat. Each
// request checks again that the link's person is a coordinator now. Charts are drawn in the browser
// by Chart.js (a well-kept, dependency-free canvas library with accessible fallbacks left to the
// page's own tables), served from Koppel itself: the page loads nothing from elsewhere.

export interface DashboardRouterOptions {
  /** The same port as every adapter's; the dashboard reads the figures through its services. */
  conversations: Conversations;
  openLink(token: string): Promise<OpenedLink<DashboardLink>>;
}

// The browser build (UMD) sits next to the package's entry, which is all its exports map lets us resolve.
const CHART_JS = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
const DASHBOARD_JS = fileURLToPath(new URL('./assets/dashboard.js', import.meta.url));
const Filters = z.object({
  round: z.string().max(80).optional().catch(undefined),
  programme: z.string().regex(/^\d{5}$/).optional().catch(undefined),
  status: z.enum(['placed', 'waiting', 'own-place', 'not-confirmed']).optional().catch(undefined),
  company: z.string().max(80).optional().catch(undefined),
});

export function createDashboardRouter(options: DashboardRouterOptions): Router {
  const { services } = options.conversations;
  const router = express.Router();
  const languageFrom = (req: Request): Language => (req.query.lang === 'en' || req.query.lang === 'nl' ? req.query.lang : languageOf(req.get('accept-language')));
  router.get('/web/assets/chart.js', (_req, res) => res.type('js').set('Cache-Control', 'public, max-age=86400').sendFile(CHART_JS));
  router.get('/web/assets/dashboard.js', (_req, res) => res.type('js').set('Cache-Control', 'public, max-age=3600').sendFile(DASHBOARD_JS));

  /** The coordinator the link belongs to, if the link works and they still are one. */
  const coordinatorOf = async (token: string) => {
    const opened = await options.openLink(token);
    if (!opened.ok) return undefined;
    const role = await services.roleOf(opened.link.person);
    return role.kind === 'coordinator' ? opened.link : undefined;
  };
  /** The rounds the link's coordinator may see: all, or those of their programmes (COORDINATOR_PROGRAMMES). */
  const roundsOf = async (link: DashboardLink) => {
    const programmes = services.coordinatorScope.programmesOf(link.person);
    return (await services.rounds.list()).filter((round) => roundWithin(programmes, round));
  };
  /** A round's figures for the indicator files, only when the round is the link's coordinator's. */
  const figuresFor = async (link: DashboardLink, roundId: string | undefined) =>
    (roundId && (await roundsOf(link)).some((r) => r.id === roundId) ? services.figures.round(roundId) : undefined);
  const refuse = (req: Request, res: express.Response) => {
    const language = languageFrom(req);
    const t = textsFor(language).web;
    res.status(404).type('html').send(messagePage(language, t.invalidTitle, t.invalid('Koppel')));
  };

  router.get('/web/d/:token', async (req, res, next) => {
    try {
      const token = String(req.params.token);
      const link = await coordinatorOf(token);
      if (!link) return refuse(req, res);
      const language = languageFrom(req);
      const filters = Filters.parse(req.query);
      const rounds = await roundsOf(link);
      const round = rounds.find((r) => r.id === filters.round) ?? [...rounds].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      const matched = round && ['matched', 'approved', 'scheduled', 'released', 'follow-up'].includes(round.status);
      const [figures, matches, companies, extraPlaces] = round
        ? await Promise.all([services.figures.round(round.id), services.figures.matches(round.id), services.companies.list(), matched ? services.extraPlaces(round.id) : []])
        : [undefined, [], [], []];
      // The school year's rounds added up, for the year of the round shown.
      const yearRounds = round ? rounds.filter((r) => schoolYearOf(r) === schoolYearOf(round)) : [];
      const yearFigures = (await Promise.all(yearRounds.map((r) => services.figures.round(r.id)))).filter((f): f is NonNullable<typeof f> => f !== undefined);
      res.set('Content-Security-Policy', "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'");
      res.type('html').send(renderDashboard({
        language, rounds, ...(round ? { round } : {}), ...(figures ? { figures } : {}), matches, companies, extraPlaces,
        ...(round ? { schoolYear: { year: schoolYearOf(round), totals: addTotals(yearFigures) } } : {}),
        filters: { ...(filters.programme ? { programme: filters.programme } : {}), ...(filters.status ? { status: filters.status } : {}), ...(filters.company ? { company: filters.company } : {}) },
        base: `/web/d/${token}`,
      }));
    } catch (error) {
      next(error);
    }
  });

  router.get('/web/d/:token/indicators.csv', async (req, res, next) => {
    try {
      const link = await coordinatorOf(String(req.params.token));
      if (!link) return refuse(req, res);
      const figures = await figuresFor(link, Filters.parse(req.query).round);
      if (!figures) return refuse(req, res);
      res.type('text/csv; charset=utf-8').attachment(`koppel-indicatoren-${figures.roundId}.csv`).send(`\uFEFF${indicatorsCsv(figures, languageFrom(req))}`);
    } catch (error) {
      next(error);
    }
  });
  router.get('/web/d/:token/indicators.xlsx', async (req, res, next) => {
    try {
      const link = await coordinatorOf(String(req.params.token));
      if (!link) return refuse(req, res);
      const figures = await figuresFor(link, Filters.parse(req.query).round);
      if (!figures) return refuse(req, res);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Indicatoren');
      sheet.columns = [{ width: 50 }, { width: 20 }];
      for (const [label, value] of indicatorRows(figures, languageFrom(req))) sheet.addRow([label, Number.isFinite(Number(value)) && value !== '' ? Number(value) : value]);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(`koppel-indicatoren-${figures.roundId}.xlsx`).send(buffer);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
