// The bundled command line as a user runs it (scripts/build-cli.mjs builds it), and files to give it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const buildCli = (): number | null => spawnSync(process.execPath, ['scripts/build-cli.mjs']).status;

export const runCli = (...args: string[]) => {
  const out = spawnSync(process.execPath, ['.output/cli/audit.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
};

/** A fresh temporary folder and a writer into it: write(name, content) → its path. */
export function scratchFolder(prefix: string): (name: string, content: string | Uint8Array) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}
