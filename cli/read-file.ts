// A saved page or text report → text, whatever its encoding (agency sites still serve GBK).
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decode } from '../lib/decode';

export type ReadFailure = { ok: false; reason: 'missing' | 'binary' | 'directory' | 'unreadable'; detail?: string };
export type ReadResult = { ok: true; text: string } | ReadFailure;

export const AUDITABLE = new Set(['.html', '.htm', '.txt', '.shtml', '.xhtml']);

export async function readReport(path: string): Promise<ReadResult> {
  try {
    const bytes = await readFile(path);
    const text = decode(bytes);
    return text === undefined ? { ok: false, reason: 'binary' } : { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'missing' : 'unreadable', detail: code ?? String(error) };
  }
}

/** Files as given; a directory stands for the auditable files in it (sorted, not recursive). */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => AUDITABLE.has(extname(n).toLowerCase())).sort();
    out.push(...(names.length ? names.map((n) => join(path, n)) : [path]));
  }
  return out;
}
