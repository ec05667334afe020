// Reports published as attachments: PDF (pdfjs) and DOCX (mammoth) → the engine; the old binary
// Word formats → a clear message. The readers are large: they load only when such a file comes.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { auditDocument } from '../lib';
import type { EngineOptions } from '../lib/audit';
import type { Attachment } from '../lib/attachment';
import { auditAttachmentBytes, auditPdfBlocks, type ReadAttachment } from '../lib/attachment-audit';
import type { PdfJs } from '../lib/pdf/read';
import type { Audit } from '../lib/report';
import { auditFile, type FileOutcome } from './audit-file';
import { readBytes } from './read-file';

/** PDF, DOCX, and Word 97–2003 and WPS's own binary formats (no reader for those: a message) */
export const ATTACHMENTS = new Set(['.pdf', '.docx', '.doc', '.wps']);

/** The CMaps Chinese PDFs with fonts not embedded need: beside the bundled CLI (scripts/build-cli.mjs), else pdfjs's own. */
function cMapDirectory(): string {
  const bundled = fileURLToPath(new URL('./cmaps/', import.meta.url));
  if (existsSync(bundled)) return bundled;
  return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
}

async function loadPdfjs(): Promise<PdfJs> {
  // pdfjs inflates each stream through DecompressionStream when there is one, which Node builds of
  // JS web streams: on a PDF Chromium printed (a Type 3 font per few dozen glyphs, ~1,400 tiny
  // streams for 4 pages) that is 40 % of the audit's CPU. Without it pdfjs inflates in place, as
  // it does where there is none. Nothing else in the CLI uses it.
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  const { push } = Array.prototype;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // loaded first, the worker module runs in this thread (globalThis.pdfjsWorker): no worker file to find
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // the legacy build's core-js puts a polyfill in place of Node 20's own Array.prototype.push (for a
  // corner of the spec, lengths past 2^32, that no code here meets); every push in the process paid for it
  Array.prototype.push = push;
  return pdfjs;
}

async function auditPdf(bytes: Uint8Array, options: EngineOptions): Promise<Attachment<Audit>> {
  const { readPdf } = await import('../lib/pdf/read');
  const read = await readPdf(await loadPdfjs(), bytes, { cMapUrl: cMapDirectory() });
  return read.ok ? { ok: true, value: auditPdfBlocks(read.value.blocks, read.value.hints, options) } : read;
}

async function auditDocx(bytes: Uint8Array, options: EngineOptions): Promise<Attachment<Audit>> {
  const { htmlFromDocx } = await import('../lib/docx');
  const html = await htmlFromDocx(bytes);
  return html.ok ? { ok: true, value: auditDocument(parseHTML(html.value).document as unknown as Document, options).audit } : html;
}

/** The PDF and DOCX readers (the crawl's too), loaded on the first such file. */
export const readAttachment =
  (options: EngineOptions = {}): ReadAttachment =>
  (bytes, kind) =>
    kind === 'pdf' ? auditPdf(bytes, options) : auditDocx(bytes, options);

export async function auditAttachment(file: string, options: EngineOptions = {}): Promise<FileOutcome> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return { ...bytes, file };
  const audit = await auditAttachmentBytes(bytes.bytes, file, readAttachment(options), (text) => auditFile(file, text, options));
  return audit.ok ? { ok: true, result: { file, ...audit.value } } : { ok: false, file, reason: audit.problem, detail: audit.detail };
}
