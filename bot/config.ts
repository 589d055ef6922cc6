import { z } from 'zod/v4';
import { parseReminderMoments } from './reminders/reminder-moments.js';
import { DEFAULT_RETENTION, parseRetention, type RetentionPolicy } from './retention/retention-policy.js';
import { parseCoordinatorLimits, type CoordinatorLimits } from './coordinator-scope/coordinator-scope.js';

// Every variable with what it means and an example of a right value, so a wrong start says how to fix it.
const examples: Record<string, string> = {
  PORT: 'PORT=3978',
  HOST: 'HOST=0.0.0.0',
  DATA_DIR: 'DATA_DIR=./data',
  DATABASE_URL: 'DATABASE_URL=postgres://koppel:<password>@db.school.local:5432/koppel',
  CATALOGUE_FILE: 'CATALOGUE_FILE=./catalogus-2026.json',
  COORDINATORS: 'COORDINATORS=29:1a2b3c,8f0e5c1d-2222-4c4c-9a9a-0123456789ab',
  COORDINATOR_PROGRAMMES: 'COORDINATOR_PROGRAMMES=29:1a2b3c=25655+25491',
  MELDPUNT: 'MELDPUNT=29:9f8e7d,5b4c3d2e-1111-4a4a-8b8b-0123456789ab',
  BPV_DOCENTEN: 'BPV_DOCENTEN=29:4d5e6f',
  ZORGCOORDINATOREN: 'ZORGCOORDINATOREN=29:7a8b9c',
  CHECK_IN_MOMENTS: 'CHECK_IN_MOMENTS=week-2,halfway,last-week',
  INTERNSHIP_WEEKS: 'INTERNSHIP_WEEKS=20',
  RETENTION_MONTHS: 'RETENTION_MONTHS=support=0,reports=24',
  MICROSOFT_APP_ID: 'MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000',
  MICROSOFT_APP_PASSWORD: 'MICROSOFT_APP_PASSWORD=<client secret from the Azure bot registration>',
  MICROSOFT_APP_TENANT_ID: 'MICROSOFT_APP_TENANT_ID=00000000-0000-0000-0000-000000000000',
  PLAYGROUND_PORT: 'PLAYGROUND_PORT=56150',
  PLAYGROUND: 'PLAYGROUND=off',
  REMINDER_HOURS: 'REMINDER_HOURS=72,24',
  SLACK_SIGNING_SECRET: 'SLACK_SIGNING_SECRET=<signing secret from the Slack app\'s Basic Information page>',
  SLACK_BOT_TOKEN: 'SLACK_BOT_TOKEN=xoxb-<bot token from the Slack app\'s OAuth & Permissions page>',
  SLACK_APP_TOKEN: 'SLACK_APP_TOKEN=xapp-<app-level token with the connections:write scope>',
  SLACK_SOCKET_MODE: 'SLACK_SOCKET_MODE=on',
  SLACK_API_URL: 'SLACK_API_URL=https://slack-gov.com/api/',
  SMTP_URL: 'SMTP_URL=smtps://koppel:<password>@smtp.school.nl:465',
  MAIL_FROM: 'MAIL_FROM=Koppel <stage@school.nl>',
  PUBLIC_URL: 'PUBLIC_URL=https://koppel.school.nl',
  SCHOOL_NAME: 'SCHOOL_NAME=ROC Rivierland',
  SCHOOL_CONTACT: 'SCHOOL_CONTACT=Stagebureau, 010 123 45 67, stage@school.nl',
};

// Secrets are never repeated in a problem line.
const SECRET_VARS = new Set(['DATABASE_URL', 'MICROSOFT_APP_PASSWORD', 'SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SMTP_URL']);

const port = z.coerce.number({ error: 'must be a number' }).int('must be a whole number')
  .min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535');
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const userIds = z.string().regex(/^[^,\s]+(,[^,\s]+)*$/, 'must be a comma-separated list of user ids without spaces');

const EnvSchema = z.object({
  PORT: optional(port).default(3978),
  HOST: optional(z.string().regex(/^[0-9a-fA-F.:]+$/, 'must be an IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0')),
  DATA_DIR: optional(z.string()).default('./data'),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL connection URL starting with 'postgres://'")),
  CATALOGUE_FILE: optional(z.string().regex(/\.json$/, 'must be a .json file')),
  COORDINATORS: optional(userIds),
  COORDINATOR_PROGRAMMES: optional(z.string()),
  MELDPUNT: optional(userIds),
  BPV_DOCENTEN: optional(userIds),
  ZORGCOORDINATOREN: optional(userIds),
  CHECK_IN_MOMENTS: optional(z.string().regex(/^(week-2|halfway|last-week)(,(week-2|halfway|last-week))*$/, "must be a comma-separated list of 'week-2', 'halfway' and 'last-week'")),
  INTERNSHIP_WEEKS: optional(z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(3, 'must be at least 3').max(80, 'must be at most 80')).default(20),
  MICROSOFT_APP_ID: optional(guid),
  MICROSOFT_APP_PASSWORD: optional(z.string().min(1)),
  MICROSOFT_APP_TENANT_ID: optional(guid),
  PLAYGROUND_PORT: optional(port).default(56150),
  PLAYGROUND: optional(z.enum(['on', 'off'], { error: "must be 'on' or 'off'" })).default('on'),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-f]{20,}$/i, 'must be the Slack app\'s signing secret (letters a-f and digits)')),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, "must be a bot token starting with 'xoxb-'")),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-[A-Za-z0-9-]+$/, "must be an app-level token starting with 'xapp-'")),
  SLACK_SOCKET_MODE: optional(z.enum(['on', 'off'], { error: "must be 'on' or 'off'" })).default('off'),
  // The bot token goes to this address with every call: https only, and the path ends with a slash as the Web API client expects.
  SLACK_API_URL: optional(z.url({ protocol: /^https$/, error: "must be the https address of Slack's Web API, e.g. https://slack-gov.com/api/" })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\/\S+$/, "must be an SMTP URL starting with 'smtp://' or 'smtps://'")),
  MAIL_FROM: optional(z.string().regex(/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/, "must be an e-mail address, optionally with a name: 'Koppel <stage@school.nl>'")),
  // The address people outside the school open their personal links on.
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: 'must be the http(s) address where Koppel is reached from outside, e.g. https://koppel.school.nl' })
    .transform((url) => url.replace(/\/+$/, ''))),
  SCHOOL_NAME: optional(z.string().max(120)).default('de school'),
  SCHOOL_CONTACT: optional(z.string().max(200)),
  RETENTION_MONTHS: z.string().optional().transform((text, ctx): RetentionPolicy => {
    const parsed = parseRetention(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    return parsed.ok ? parsed.policy : DEFAULT_RETENTION;
  }),
  REMINDER_HOURS: z.string().optional().transform((text, ctx) => {
    const parsed = parseReminderMoments(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message.replace(/^REMINDER_HOURS /, '') });
    return parsed.ok ? parsed.hours : [];
  }),
});

export interface Config {
  port: number;
  /**
   * The address the HTTP server listens on. Local mode accepts activities without authentication, so
   * it listens on the loopback address only unless HOST says otherwise; with Teams or Slack, all.
   */
  host: string;
  dataDir: string;
  /** Set: the data lives in this PostgreSQL database, which several Koppel processes may share. Unset: the lowdb file in dataDir. */
  databaseUrl: string | undefined;
  catalogueFile: string | undefined;
  /** Platform user ids (Teams `from.id`, Azure AD object id, or Slack user id) that act as coordinators. */
  coordinators: string[];
  /** Coordinators limited to some programmes (crebo codes): they see and run only those rounds. Unlisted: every round. */
  coordinatorLimits: CoordinatorLimits;
  /** User ids of the meldpunt's staff (vertrouwenspersoon): the only ones who read reports. */
  meldpunt: string[];
  /** User ids of supervising teachers (BPV-docenten), who plan and record contact moments like coordinators. */
  bpvDocenten: string[];
  /** User ids of care coordinators (zorgcoördinatoren): the only staff who read a student's support details. */
  careCoordinators: string[];
  /** The moments of the private check-ins during the internship, and how long an internship lasts. */
  checkIns: { moments: Array<'week-2' | 'halfway' | 'last-week'>; internshipWeeks: number };
  /** Months each kind of personal data is kept (bot/retention/): the intake's promise and the scheduled erasure. */
  retention: RetentionPolicy;
  /** Undefined means local mode: no Bot Framework authentication, with the Agents Playground. */
  teams: { appId: string; appPassword: string; tenantId: string } | undefined;
  playground: { enabled: boolean; port: number };
  /** Undefined: no Slack. Socket Mode connects out to Slack instead of receiving requests on /slack/events. */
  slack: SlackConfig | undefined;
  /** Hours before the wish deadline at which unconfirmed students are reminded. */
  reminderHours: number[];
  /** E-mail to company contacts outside Teams and Slack, with personal links to the web pages. */
  mail: MailConfig;
}

export interface MailConfig {
  /** Undefined: no mail server; in local mode the mails show on a local page instead. */
  smtpUrl: string | undefined;
  from: string;
  /** Where the links in the mails point. */
  publicUrl: string;
  schoolName: string;
  schoolContact: string | undefined;
}

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  appToken: string | undefined;
  socketMode: boolean;
  /** Slack's Web API for GovSlack or an Enterprise setup; undefined: slack.com's. */
  apiUrl: string | undefined;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

const credentialVars = ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const;

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => describeProblem(String(issue.path[0]), issue.message, env)) };
  }
  const e = parsed.data;
  const given = credentialVars.filter((name) => e[name] !== undefined);
  if (given.length > 0 && given.length < credentialVars.length) {
    const missing = credentialVars.filter((name) => e[name] === undefined);
    return {
      ok: false,
      problems: missing.map((name) => describeProblem(name, `is missing: ${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} set, and a Teams bot needs all three (leave all three empty for local mode)`, env)),
    };
  }
  const limits = parseCoordinatorLimits(e.COORDINATOR_PROGRAMMES, e.COORDINATORS ? e.COORDINATORS.split(',') : []);
  if (!limits.ok) return { ok: false, problems: [describeProblem('COORDINATOR_PROGRAMMES', limits.message, env)] };
  const slack = slackConfig(e, env);
  if (!slack.ok) return { ok: false, problems: slack.problems };
  const teams = e.MICROSOFT_APP_ID && e.MICROSOFT_APP_PASSWORD && e.MICROSOFT_APP_TENANT_ID
    ? { appId: e.MICROSOFT_APP_ID, appPassword: e.MICROSOFT_APP_PASSWORD, tenantId: e.MICROSOFT_APP_TENANT_ID }
    : undefined;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST ?? (teams === undefined && slack.config === undefined ? '127.0.0.1' : '0.0.0.0'),
      dataDir: e.DATA_DIR,
      databaseUrl: e.DATABASE_URL,
      catalogueFile: e.CATALOGUE_FILE,
      coordinators: e.COORDINATORS ? e.COORDINATORS.split(',') : [],
      coordinatorLimits: limits.limits,
      meldpunt: e.MELDPUNT ? e.MELDPUNT.split(',') : [],
      bpvDocenten: e.BPV_DOCENTEN ? e.BPV_DOCENTEN.split(',') : [],
      careCoordinators: e.ZORGCOORDINATOREN ? e.ZORGCOORDINATOREN.split(',') : [],
      checkIns: {
        moments: [...new Set((e.CHECK_IN_MOMENTS ?? 'week-2,halfway,last-week').split(','))] as Array<'week-2' | 'halfway' | 'last-week'>,
        internshipWeeks: e.INTERNSHIP_WEEKS,
      },
      retention: e.RETENTION_MONTHS,
      teams,
      // The playground is for trying Koppel locally; a school running Teams or Slack has its real client.
      playground: { enabled: teams === undefined && slack.config === undefined && e.PLAYGROUND === 'on', port: e.PLAYGROUND_PORT },
      reminderHours: e.REMINDER_HOURS,
      slack: slack.config,
      mail: {
        smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? 'Koppel <koppel@localhost>', publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
        schoolName: e.SCHOOL_NAME, schoolContact: e.SCHOOL_CONTACT,
      },
    },
  };
}

type SlackResult = { ok: true; config: SlackConfig | undefined } | { ok: false; problems: string[] };

/** Slack is on when both the signing secret and the bot token are set; half a setup says what is missing. */
function slackConfig(e: z.infer<typeof EnvSchema>, env: Record<string, string | undefined>): SlackResult {
  const secret = e.SLACK_SIGNING_SECRET;
  const token = e.SLACK_BOT_TOKEN;
  const socketMode = e.SLACK_SOCKET_MODE === 'on';
  const problems: string[] = [];
  if (secret && !token) problems.push(describeProblem('SLACK_BOT_TOKEN', 'is missing: SLACK_SIGNING_SECRET is set, and a Slack app needs both (leave both empty to run without Slack)', env));
  if (token && !secret) problems.push(describeProblem('SLACK_SIGNING_SECRET', 'is missing: SLACK_BOT_TOKEN is set, and a Slack app needs both (leave both empty to run without Slack)', env));
  if (socketMode && !e.SLACK_APP_TOKEN) problems.push(describeProblem('SLACK_APP_TOKEN', 'is missing: SLACK_SOCKET_MODE is on, and Socket Mode needs an app-level token', env));
  if (socketMode && !secret && !token) problems.push(describeProblem('SLACK_SOCKET_MODE', 'is on, but SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are not set', env));
  if (problems.length > 0) return { ok: false, problems };
  if (!secret || !token) return { ok: true, config: undefined };
  return { ok: true, config: { signingSecret: secret, botToken: token, appToken: e.SLACK_APP_TOKEN, socketMode, apiUrl: e.SLACK_API_URL } };
}

function describeProblem(name: string, message: string, env: Record<string, string | undefined>): string {
  const got = env[name] === undefined || SECRET_VARS.has(name) ? '' : ` (got '${env[name]}')`;
  return `${name} ${message}${got}; for example ${examples[name] ?? name}`;
}
