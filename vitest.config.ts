import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * V8 in Node 24 can abort with "Check failed: jit_page.has_value()" on CPUs with memory
 * protection keys (this machine has PKU) when JIT code churns across threads; it hit CI
 * once in cli.test.ts. Test workers run with the protection off; nothing else changes.
 */
const execArgv = ['--no-memory-protection-keys'];

/**
 * Node's compile cache for the threads and processes tests start: a worker loading Assay's
 * TypeScript then reuses the stripped code instead of running Node's WebAssembly type
 * stripper again in every new thread (a test file can start dozens). Worker threads that
 * start and stop while others compile WebAssembly are where V8 has crashed under load, and
 * this also makes such tests about twice as quick.
 */
const env = { NODE_COMPILE_CACHE: path.join(os.tmpdir(), `assay-test-compile-cache${process.getuid ? `-${process.getuid()}` : ''}`) };

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
          env,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          execArgv,
          env,
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
          env,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
