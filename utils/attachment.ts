// An attachment (PDF, DOCX, Markdown) at a URL → an HTML document the DOM front end and the overlay
// work on, or straight to its audit for the column audit. Fetched only when the user opens the viewer
// page or starts the column audit; pdfjs and mammoth load here only, as chunks of those pages.
import { browser } from 'wxt/browser';
import { attachmentKind, type Attachment, type AttachmentProblem } from '../lib/attachment';
import { fileNameOf } from '../lib/attachment-link';
import { auditPdfBlocks, isScan, type ReadAttachment } from '../lib/attachment-audit';
import { auditDocument } from '../lib/audit-dom';
import { htmlFromBlocks } from '../lib/blocks-html';
import { decode } from '../lib/decode';
import type { PdfReport } from '../lib/pdf/read';
import type { Audit } from '../lib/report';

/** the file as a page; `audit` given when it cannot be read off the page (a scan) */
export type LoadedAttachment = { ok: true; html: string; audit?: Audit } | { ok: false; problem: AttachmentProblem | 'fetch'; detail?: string };

/** The origin pattern a fetch of this URL needs, or null when the extension has it already (*.gov.cn). */
export async function missingPermission(url: string): Promise<string | null> {
  const origin = `${new URL(url).origin}/*`;
  return (await browser.permissions.contains({ origins: [origin] })) ? null : origin;
}

/** A PDF read here: pdfjs and its worker load with the first PDF, the CMaps from the extension itself. */
async function readPdfHere(bytes: Uint8Array): Promise<Attachment<PdfReport>> {
  const [{ readPdf }, pdfjs, worker] = await Promise.all([import('../lib/pdf/read'), import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // the extension page's own origin: the CMaps ship with it (wxt.config.ts)
  return readPdf(pdfjs, bytes, { cMapUrl: new URL('/cmaps/', location.href).href });
}

/** The column audit's readers: a PDF's blocks or a DOCX's page, audited. */
export const readAttachment: ReadAttachment = async (bytes, kind) => {
  if (kind === 'pdf') {
    const read = await readPdfHere(bytes);
    return read.ok ? { ok: true, value: auditPdfBlocks(read.value.blocks, read.value.hints) } : read;
  }
  const { htmlFromDocx } = await import('../lib/docx');
  const html = await htmlFromDocx(bytes);
  return html.ok ? { ok: true, value: auditDocument(new DOMParser().parseFromString(html.value, 'text/html')).audit } : html;
};

async function pdfHtml(bytes: Uint8Array, name: string): Promise<LoadedAttachment> {
  const read = await readPdfHere(bytes);
  if (!read.ok) return read;
  const { blocks, hints } = read.value;
  // a scan's audit is not read off the page (no text): it comes with it
  return { ok: true, html: htmlFromBlocks(blocks, hints.titles?.[0] ?? name), ...(isScan(blocks) && { audit: auditPdfBlocks(blocks, hints) }) };
}

async function docxHtml(bytes: Uint8Array): Promise<LoadedAttachment> {
  const { htmlFromDocx } = await import('../lib/docx');
  const html = await htmlFromDocx(bytes);
  return html.ok ? { ok: true, html: html.value } : html;
}

async function textHtml(bytes: Uint8Array, name: string): Promise<LoadedAttachment> {
  const { blocksFromText } = await import('../lib/text');
  return { ok: true, html: htmlFromBlocks(blocksFromText(decode(bytes) ?? ''), name) };
}

export async function loadAttachment(url: string): Promise<LoadedAttachment> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return { ok: false, problem: 'fetch', detail: `HTTP ${response.status}` };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { ok: false, problem: 'fetch', detail: error instanceof Error ? error.message : String(error) };
  }
  const name = fileNameOf(url);
  const kind = attachmentKind(bytes, name);
  if (kind === 'pdf') return pdfHtml(bytes, name);
  if (kind === 'docx') return docxHtml(bytes);
  if (kind === 'legacy-word') return { ok: false, problem: 'legacy-word' };
  // a web page Word saved as .doc: GBK as often as UTF-8
  if (kind === 'html') return { ok: true, html: decode(bytes) ?? '' };
  return textHtml(bytes, name);
}
