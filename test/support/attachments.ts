// The attachment front ends as the CLI runs them, for the tests: PDF through pdfjs's legacy build
// (its worker in this thread) with pdfjs's CMaps, DOCX through mammoth and linkedom, Markdown as text.
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseHTML } from 'linkedom';
import { auditDocument, auditText } from '../../lib';
import type { Attachment } from '../../lib/attachment';
import { auditPdfBlocks } from '../../lib/attachment-audit';
import { htmlFromDocx } from '../../lib/docx';
import { readPdf, type PdfReport } from '../../lib/pdf/read';
import type { Audit } from '../../lib/report';

await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

export const CMAPS = 'node_modules/pdfjs-dist/cmaps/';
/** `cMapUrl` null: no CMaps at all */
export const pdfOf = (bytes: Uint8Array, cMapUrl: string | null = CMAPS): Promise<Attachment<PdfReport>> => readPdf(pdfjs, bytes, { cMapUrl: cMapUrl ?? undefined });

const domAudit = (html: string): Audit => auditDocument(parseHTML(html).document as unknown as Document).audit;

/** A file's audit by its extension; a problem as it stands. */
export async function auditAttachmentFile(path: string): Promise<Audit | { problem: string }> {
  const bytes = new Uint8Array(readFileSync(path));
  if (path.endsWith('.html')) return domAudit(new TextDecoder().decode(bytes));
  if (path.endsWith('.md')) return auditText(new TextDecoder().decode(bytes));
  if (path.endsWith('.docx')) {
    const html = await htmlFromDocx(bytes);
    return html.ok ? domAudit(html.value) : { problem: html.problem };
  }
  const pdf = await pdfOf(bytes);
  return pdf.ok ? auditPdfBlocks(pdf.value.blocks, pdf.value.hints) : { problem: pdf.problem };
}
