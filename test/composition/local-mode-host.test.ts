import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startKoppel, type Koppel } from '../../bot/composition-root.js';
import { loadConfig } from '../../bot/config.js';
import { openMemoryKoppelStore } from '../../bot/store/index.js';
import { freePort } from '../support/free-port.js';

// Local mode takes activities without authentication, so whoever reaches it may pose as anyone.
// It answers on this computer only, unless HOST opens it on purpose.

const outward = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === 'IPv4')?.address;

let koppel: Koppel | undefined;
afterEach(async () => {
  await koppel?.stop();
  koppel = undefined;
});

async function start(env: Record<string, string> = {}): Promise<number> {
  const loaded = loadConfig({ PORT: String(await freePort()), PLAYGROUND: 'off', DATA_DIR: '/nonexistent', ...env });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  koppel = await startKoppel({ config: loaded.config, log: () => {}, store: openMemoryKoppelStore() });
  return (koppel.server.address() as AddressInfo).port;
}

const health = (host: string, port: number) => fetch(`http://${host}:${port}/healthz`, { signal: AbortSignal.timeout(3000) }).then((r) => r.status, () => 'unreachable');

describe('local mode', () => {
  it.skipIf(outward === undefined)('answers on the loopback address and is unreachable on the network address', async () => {
    const port = await start();
    expect(await health('127.0.0.1', port)).toBe(200);
    expect(await health(outward!, port)).toBe('unreachable');
  });

  it.skipIf(outward === undefined)('is reachable on the network address when HOST says so', async () => {
    const port = await start({ HOST: '0.0.0.0' });
    expect(await health(outward!, port)).toBe(200);
  });
});
