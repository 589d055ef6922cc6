import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEFAULT_RETENTION } from './retention/retention-policy.js';

const guid = '8f0e5c1d-2222-4c4c-9a9a-0123456789ab';

function problems(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.problems;
}

describe('configuration', () => {
  it('runs in local mode with the playground on embedded defaults', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3978, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined, catalogueFile: undefined, coordinators: [], coordinatorLimits: {},
        meldpunt: [], bpvDocenten: [], careCoordinators: [], retention: DEFAULT_RETENTION, checkIns: { moments: ['week-2', 'halfway', 'last-week'], internshipWeeks: 20 },
        teams: undefined, playground: { enabled: true, port: 56150 }, reminderHours: [72, 24],
        mail: { smtpUrl: undefined, from: 'Koppel <koppel@localhost>', publicUrl: 'http://localhost:3978', schoolName: 'de school', schoolContact: undefined },
      },
    });
  });

  it('takes the mail settings, keeps the SMTP password out of a problem line, and trims the public address', () => {
    const result = loadConfig({ SMTP_URL: 'smtps://koppel:geheim@smtp.roc.nl:465', MAIL_FROM: 'Koppel <stage@roc.nl>', PUBLIC_URL: 'https://koppel.roc.nl/', SCHOOL_NAME: 'ROC Rivierland' });
    expect(result.ok && result.config.mail).toEqual({ smtpUrl: 'smtps://koppel:geheim@smtp.roc.nl:465', from: 'Koppel <stage@roc.nl>', publicUrl: 'https://koppel.roc.nl', schoolName: 'ROC Rivierland', schoolContact: undefined });
    const wrong = problems({ SMTP_URL: 'mail.roc.nl geheim' });
    expect(wrong[0]).toMatch(/^SMTP_URL must be an SMTP URL/);
    expect(wrong.join('\n')).not.toContain('geheim');
    expect(problems({ PUBLIC_URL: 'koppel.roc.nl' })[0]).toMatch(/^PUBLIC_URL must be/);
  });

  it('reads the retention periods over the defaults, and says what is wrong with them', () => {
    const result = loadConfig({ RETENTION_MONTHS: 'support=0,reports=36' });
    expect(result.ok && result.config.retention).toEqual({ ...DEFAULT_RETENTION, reports: 36 });
    expect(problems({ RETENTION_MONTHS: 'wishes=3' })[0]).toMatch(/^RETENTION_MONTHS must be a comma-separated list of kind=months/);
    expect(problems({ RETENTION_MONTHS: 'intake=200' })[0]).toMatch(/^RETENTION_MONTHS keeps intake for 200 months: at most 120/);
  });

  it('reads the meldpunt staff, the BPV-docenten and the check-in moments, and says what is wrong with them', () => {
    const result = loadConfig({ MELDPUNT: '29:m1,aad-2', BPV_DOCENTEN: '29:d1', CHECK_IN_MOMENTS: 'halfway', INTERNSHIP_WEEKS: '10' });
    expect(result.ok && [result.config.meldpunt, result.config.bpvDocenten, result.config.checkIns]).toEqual([['29:m1', 'aad-2'], ['29:d1'], { moments: ['halfway'], internshipWeeks: 10 }]);
    expect(problems({ MELDPUNT: '29:m1, 29:m2' })[0]).toMatch(/^MELDPUNT must be a comma-separated list/);
    expect(problems({ CHECK_IN_MOMENTS: 'week-3' })[0]).toMatch(/^CHECK_IN_MOMENTS must be a comma-separated list of 'week-2'/);
    expect(problems({ INTERNSHIP_WEEKS: '2' })[0]).toMatch(/^INTERNSHIP_WEEKS must be at least 3/);
  });

  it('listens on the loopback address only in local mode, on every address with Teams, and where HOST says', () => {
    const teams = loadConfig({ MICROSOFT_APP_ID: guid, MICROSOFT_APP_PASSWORD: 's3cret', MICROSOFT_APP_TENANT_ID: guid });
    expect(teams.ok && teams.config.host).toBe('0.0.0.0');
    const opened = loadConfig({ HOST: '0.0.0.0' });
    expect(opened.ok && opened.config.host).toBe('0.0.0.0');
    expect(problems({ HOST: 'everywhere' })[0]).toMatch(/^HOST must be an IP address/);
  });

  it('keeps the data in PostgreSQL when DATABASE_URL is set', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://koppel:pw@127.0.0.1:5432/koppel' });
    expect(result.ok && result.config.databaseUrl).toBe('postgres://koppel:pw@127.0.0.1:5432/koppel');
  });

  it('never repeats the database password in a problem line', () => {
    expect(problems({ DATABASE_URL: 'mysql://root:hunter2@db/koppel' }).join('\n')).not.toContain('hunter2');
  });

  it('runs as a Teams bot without the playground when all credentials are set', () => {
    const result = loadConfig({ MICROSOFT_APP_ID: guid, MICROSOFT_APP_PASSWORD: 's3cret', MICROSOFT_APP_TENANT_ID: guid, COORDINATORS: 'a,b' });
    expect(result.ok && result.config.teams).toEqual({ appId: guid, appPassword: 's3cret', tenantId: guid });
    expect(result.ok && result.config.playground.enabled).toBe(false);
    expect(result.ok && result.config.coordinators).toEqual(['a', 'b']);
  });

  it('limits the coordinators listed in COORDINATOR_PROGRAMMES to their programmes, the others to nothing', () => {
    const result = loadConfig({ COORDINATORS: '29:a,29:b,U0C', COORDINATOR_PROGRAMMES: '29:a=25655+25491,U0C=25180' });
    expect(result.ok && result.config.coordinatorLimits).toEqual({ '29:a': ['25655', '25491'], U0C: ['25180'] });
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a number \(got 'abc'\); for example PORT=3978$/],
    [{ PORT: '70000' }, /^PORT must be between 1 and 65535 \(got '70000'\)/],
    [{ PLAYGROUND_PORT: '1.5' }, /^PLAYGROUND_PORT must be a whole number/],
    [{ CATALOGUE_FILE: 'catalogue.csv' }, /^CATALOGUE_FILE must be a \.json file .*for example CATALOGUE_FILE=/],
    [{ COORDINATORS: 'a, b' }, /^COORDINATORS must be a comma-separated list/],
    [{ COORDINATORS: 'a,b', COORDINATOR_PROGRAMMES: 'a=Kok' }, /^COORDINATOR_PROGRAMMES must list coordinators with their programmes as id=crebo\+crebo.*for example COORDINATOR_PROGRAMMES=/],
    [{ COORDINATORS: 'a,b', COORDINATOR_PROGRAMMES: 'c=25180' }, /^COORDINATOR_PROGRAMMES names 'c', which is not in COORDINATORS/],
    [{ PLAYGROUND: 'yes' }, /^PLAYGROUND must be 'on' or 'off'/],
    [{ DATABASE_URL: 'mysql://root:hunter2@db/koppel' }, /^DATABASE_URL must be a PostgreSQL connection URL starting with 'postgres:\/\/'; for example DATABASE_URL=postgres:\/\/koppel:<password>@/],
    [{ REMINDER_HOURS: '72,soon' }, /^REMINDER_HOURS must be whole hours.*for example REMINDER_HOURS=72,24$/],
    [{ MICROSOFT_APP_ID: 'not-a-guid', MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: guid }, /^MICROSOFT_APP_ID must be a GUID/],
  ])('refuses %o with its own message', (env, message) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('gives one line per problem when several variables are wrong', () => {
    const found = problems({ PORT: 'x', PLAYGROUND: 'maybe', CATALOGUE_FILE: 'a.txt' });
    expect(found.map((line) => line.split(' ')[0]).sort()).toEqual(['CATALOGUE_FILE', 'PLAYGROUND', 'PORT']);
  });

  it('names each missing credential and never echoes the password', () => {
    const found = problems({ MICROSOFT_APP_PASSWORD: 'topsecret' });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^MICROSOFT_APP_ID is missing: MICROSOFT_APP_PASSWORD is set/);
    expect(found[1]).toMatch(/^MICROSOFT_APP_TENANT_ID is missing/);
    expect(found.join('\n')).not.toContain('topsecret');
  });

  describe('Slack', () => {
    const secret = '8f14e45fceea167a5a36dedd4bea2543';
    const token = 'xoxb-1234-5678-abcdEFGH';

    it('is off when neither the signing secret nor the bot token is set', () => {
      const result = loadConfig({});
      expect(result.ok && result.config.slack).toBeUndefined();
    });

    it('is on over HTTP when the signing secret and the bot token are set', () => {
      const result = loadConfig({ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, COORDINATORS: 'U0COORD1' });
      expect(result.ok && result.config.slack).toEqual({ signingSecret: secret, botToken: token, appToken: undefined, socketMode: false });
      expect(result.ok && result.config.coordinators).toEqual(['U0COORD1']);
      expect(result.ok && result.config.playground.enabled).toBe(false);
    });

    it('uses Socket Mode with an app-level token', () => {
      const result = loadConfig({ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, SLACK_APP_TOKEN: 'xapp-1-A0-123-abc', SLACK_SOCKET_MODE: 'on' });
      expect(result.ok && result.config.slack).toEqual({ signingSecret: secret, botToken: token, appToken: 'xapp-1-A0-123-abc', socketMode: true });
    });

    it('talks to another Slack Web API (GovSlack, Enterprise) over https only', () => {
      const gov = loadConfig({ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, SLACK_API_URL: 'https://slack-gov.com/api' });
      expect(gov.ok && gov.config.slack?.apiUrl).toBe('https://slack-gov.com/api/');
      const plain = loadConfig({ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, SLACK_API_URL: 'http://slack.school.local/api/' });
      expect(plain.ok ? [] : plain.problems).toEqual([expect.stringMatching(/^SLACK_API_URL must be the https address.*for example SLACK_API_URL=https:\/\/slack-gov.com\/api\//)]);
    });

    it.each([
      [{ SLACK_SIGNING_SECRET: secret }, /^SLACK_BOT_TOKEN is missing: SLACK_SIGNING_SECRET is set.*for example SLACK_BOT_TOKEN=xoxb-/],
      [{ SLACK_BOT_TOKEN: token }, /^SLACK_SIGNING_SECRET is missing: SLACK_BOT_TOKEN is set.*for example SLACK_SIGNING_SECRET=/],
      [{ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, SLACK_SOCKET_MODE: 'on' }, /^SLACK_APP_TOKEN is missing: SLACK_SOCKET_MODE is on.*for example SLACK_APP_TOKEN=xapp-/],
      [{ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: 'xoxp-user-token' }, /^SLACK_BOT_TOKEN must be a bot token starting with 'xoxb-'; for example/],
      [{ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, SLACK_APP_TOKEN: 'xoxb-1' }, /^SLACK_APP_TOKEN must be an app-level token starting with 'xapp-'/],
      [{ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token, SLACK_SOCKET_MODE: 'yes' }, /^SLACK_SOCKET_MODE must be 'on' or 'off' \(got 'yes'\)/],
    ])('refuses half a Slack setup %o and says what is missing', (env, message) => {
      const found = problems(env);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(message);
    });

    it('never echoes a Slack secret or token', () => {
      const found = problems({ SLACK_SIGNING_SECRET: 'not hex at all', SLACK_BOT_TOKEN: 'xoxp-secret-user-token' });
      expect(found.map((line) => line.split(' ')[0]).sort()).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
      expect(found.join('\n')).not.toMatch(/not hex at all|xoxp-secret-user-token/);
    });
  });
});
