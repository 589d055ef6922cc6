import { formatMoment } from '../format-moment.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import { coordinatorOnly } from './round-dialog.js';

/** `dashboard` / `cijfers`: a coordinator's own short-lived link to the figures dashboard on the web. */
export const showDashboardLink: Handler = coordinatorOnly(async (turn, services) => {
  const { url, expiresAt } = await services.figures.dashboardLink(turn.person);
  return [{ kind: 'text', text: textsFor(turn.language).web.dashboard.link(url, formatMoment(expiresAt, turn.language)) }];
});
