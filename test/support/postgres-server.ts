import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';

// A PostgreSQL server for the store tests, with no manual step: Debian's postgresql package
// (scripts/ensure-postgres.sh installs it before `npm test`), run as a private cluster in a temporary
// directory on a free loopback port, and removed again by stop(). With DATABASE_URL set, that
// server is used instead and each suite gets databases of its own there.

const run = promisify(execFile);

export interface PostgresServer {
  /** Connection URL of the server's maintenance database. */
  url: string;
  /** Creates an empty database with a unique name derived from `name` and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the private cluster and deletes its files (or drops the databases made on DATABASE_URL). */
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const external = process.env.DATABASE_URL;
  return external ? useExternal(external) : startPrivateCluster();
}

/** The directory holding initdb and pg_ctl: the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error('PostgreSQL is not installed: run `bash scripts/ensure-postgres.sh` (npm test does this first), or set DATABASE_URL');
  return found;
}

async function startPrivateCluster(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const dir = await mkdtemp(join(tmpdir(), 'koppel-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  // PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const as = (command: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    await chown(dir, uid, gid);
  }
  const stopNow = (mode: 'fast' | 'immediate') => as(join(bin, 'pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']);
  // If the test process ends without stop() (a crash, an interrupted run), the server must not outlive it.
  const onExit = () => {
    try {
      execFileSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), [...(asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []), '-D', data, '-m', 'immediate', 'stop'], { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    let port = 0;
    // A free port can be taken between asking and listening: try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      // Throwaway data: no fsync, so creating databases and committing cost nothing.
      const options = `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        await as(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', log, '-w', 'start']);
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`PostgreSQL did not start: ${await readFile(log, 'utf8').catch(() => '(no log)')}`, { cause: error });
      }
    }
    process.once('exit', onExit);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      createDatabase: (name) => createDatabase(url, name),
      stop: async () => {
        process.removeListener('exit', onExit);
        await stopNow('fast').catch(() => stopNow('immediate'));
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    onExit();
    throw error;
  }
}

function useExternal(url: string): PostgresServer {
  const created: string[] = [];
  return {
    url,
    createDatabase: async (name) => {
      const databaseUrl = await createDatabase(url, name);
      created.push(new URL(databaseUrl).pathname.slice(1));
      return databaseUrl;
    },
    stop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const name of created) await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

let counter = 0;

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const unique = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${unique}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${unique}`;
  return url.toString();
}
