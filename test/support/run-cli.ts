// The command line as `npm run audit` builds and runs it, for tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';

/** Builds the bundle once before the file's tests (a while: it holds the PDF and DOCX readers' chunks too). */
export const buildCli = (): void =>
  beforeAll(() => {
    expect(spawnSync(process.execPath, ['scripts/build-cli.mjs']).status).toBe(0);
  }, 120_000);

export const runCli = (...args: string[]) => {
  const out = spawnSync(process.execPath, ['.output/cli/audit.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
};

/** A fresh temporary folder and a writer into it: write(name, content) → the file's path. */
export function scratchFolder(prefix: string): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
