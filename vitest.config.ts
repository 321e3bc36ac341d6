// Two test projects: pure logic in Node, and the built app in a real Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          // The benchmark smoke run drives Chromium, so it runs with the browser tests.
          exclude: ["tests/browser/**", "tests/bench/smoke.test.ts"],
          // A throwaway PostgreSQL cluster for the database tests (tests/postgres).
          globalSetup: ["tests/postgres/global-setup.ts"],
          // Hang guards, not speed checks (npm run bench measures speed): generous, because this
          // 2-core machine is shared and a loaded run takes several times longer.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts", "tests/bench/smoke.test.ts"],
          globalSetup: ["tests/browser/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
