// A saved page or text report → text, whatever its encoding (agency sites still serve GBK).
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decode } from '../lib/decode';
import type { AttachmentProblem } from '../lib/attachment';

export type ReadFailure = { ok: false; reason: 'missing' | 'binary' | 'directory' | 'unreadable' | AttachmentProblem; detail?: string };
export type ReadResult = { ok: true; text: string } | ReadFailure;

export const AUDITABLE = new Set(['.html', '.htm', '.txt', '.shtml', '.xhtml', '.md', '.markdown', '.pdf', '.docx', '.doc', '.wps']);

export async function readBytes(path: string): Promise<{ ok: true; bytes: Uint8Array } | ReadFailure> {
  try {
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'missing' : 'unreadable', detail: code ?? String(error) };
  }
}

export async function readReport(path: string): Promise<ReadResult> {
  const read = await readBytes(path);
  if (!read.ok) return read;
  const text = decode(read.bytes);
  return text === undefined ? { ok: false, reason: 'binary' } : { ok: true, text: text.replace(/^\uFEFF/, '') };
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
