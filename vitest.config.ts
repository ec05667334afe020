import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        // The built extension in real Chromium: one browser at a time, generous timeouts.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Chromium on Linux takes its UI language (and so the extension's) from the
          // environment: Chinese first, as the extension's users see it (needs chromium-l10n).
          env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
        },
      },
    ],
  },
});
