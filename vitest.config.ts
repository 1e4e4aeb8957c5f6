import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Some tests spawn the CLI or build the gazetteer; a busy 2-core machine needs headroom.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // The same browser tests against the static export (out/) on a plain static file server.
          // Left out: security.e2e.ts (its headers, JSON 404/405s and on-disk cache checks are what
          // `next start` and proxy.ts do; a static host answers with its own config) and fuzz.e2e.ts
          // (it asserts those JSON error answers for random URLs).
          name: 'e2e-static',
          include: ['e2e/{dashboard,map,share,mobile,xss,pagination}.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/static-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
