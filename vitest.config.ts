import { defineConfig } from 'vitest/config';

/**
 * V8 in Node 24 can abort with "Check failed: jit_page.has_value()" on CPUs with memory
 * protection keys (this machine has PKU) when JIT code churns across threads; it hit CI
 * once in cli.test.ts. Test workers run with the protection off; nothing else changes.
 */
const execArgv = ['--no-memory-protection-keys'];

/**
 * Two projects: `unit` runs on a fresh clone; `corpus` reads ../shared and runs in CI
 * after the unit suite (npm run test:corpus).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          execArgv,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          execArgv,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          environment: 'node',
          execArgv,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
