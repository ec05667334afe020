// An attachment (PDF, DOCX, Markdown) at a URL → an HTML document the DOM front end and the overlay
// work on. Fetched only when the viewer page is opened by the user; pdfjs and mammoth load here
// only, as chunks of the viewer page.
import { browser } from 'wxt/browser';
import { attachmentKind, type AttachmentProblem } from '../lib/attachment';
import { htmlFromBlocks } from '../lib/blocks-html';

export type LoadedAttachment = { ok: true; html: string } | { ok: false; problem: AttachmentProblem | 'legacy-word' | 'fetch'; detail?: string };

/** The file's name as its URL gives it: the page title names it. */
export function fileNameOf(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}

/** The origin pattern a fetch of this URL needs, or null when the extension has it already (*.gov.cn). */
export async function missingPermission(url: string): Promise<string | null> {
  const origin = `${new URL(url).origin}/*`;
  return (await browser.permissions.contains({ origins: [origin] })) ? null : origin;
}

async function pdfHtml(bytes: Uint8Array, name: string): Promise<LoadedAttachment> {
  const [{ readPdf }, pdfjs, worker] = await Promise.all([import('../lib/pdf/read'), import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // the extension page's own origin: the CMaps ship with it (wxt.config.ts)
  const read = await readPdf(pdfjs, bytes, { cMapUrl: new URL('/cmaps/', location.href).href });
  return read.ok ? { ok: true, html: htmlFromBlocks(read.value.blocks, read.value.hints.titles?.[0] ?? name) } : read;
}

async function docxHtml(bytes: Uint8Array): Promise<LoadedAttachment> {
  const { htmlFromDocx } = await import('../lib/docx');
  const html = await htmlFromDocx(bytes);
  return html.ok ? { ok: true, html: html.value } : html;
}

async function textHtml(bytes: Uint8Array, name: string): Promise<LoadedAttachment> {
  const { blocksFromText } = await import('../lib/text');
  return { ok: true, html: htmlFromBlocks(blocksFromText(new TextDecoder().decode(bytes)), name) };
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
  if (kind === 'html') return { ok: true, html: new TextDecoder().decode(bytes) };
  return textHtml(bytes, name);
}
