import { defineConfig } from 'vitest/config';

// Three projects, all run by `npm test`:
// - `unit`: the tests next to the code, in one process with modules shared between files, so the
//   whole set runs in seconds (`npm run test:unit` runs this and the next);
// - `unit-isolated`: the few unit tests that replace a module, a global or the timers, each file in
//   a fresh module graph so the replacement cannot leak;
// - `e2e`: what needs more than one process or real time: test/ (the real server in the Agents
//   Playground with headless Chromium, several processes on one database, the composed app, the
//   fuzz suites), the crash tests (a child killed with SIGKILL), the PostgreSQL store tests (a
//   throwaway server), and the benchmarks' own tests.
const slow = [
  'test/**/*.test.ts', 'bot/store/crash.test.ts', 'bot/release/release-crash.test.ts', 'bot/store/postgres/**/*.test.ts',
  'bot/store/store-contract.test.ts', 'bench/**/*.test.ts',
];
const replacing = ['bot/reminders/reminder-schedule.test.ts', 'bot/store/synced-text-file.test.ts', 'adapters/teams/malformed-requests.test.ts'];
const always = ['node_modules/**', 'data/**'];

export default defineConfig({
  test: {
    exclude: always,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['**/*.test.ts'], exclude: [...always, ...slow, ...replacing], isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: replacing } },
      { extends: true, test: { name: 'e2e', include: slow } },
    ],
  },
});
