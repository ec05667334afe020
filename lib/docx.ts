// DOCX → HTML for the DOM front end. mammoth keeps Word's merged cells (gridSpan, vMerge) as
// colspan/rowspan and empty cells as empty <td>, so the page reads like a web report; the caller
// parses the HTML (linkedom in the CLI, DOMParser in a browser) and runs auditDocument on it.
import mammoth from 'mammoth';
import type { Attachment } from './attachment';

// a picture stays a picture (where a table should be, the engine says the table is an image)
// without the cost of encoding it
const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));

export async function htmlFromDocx(bytes: Uint8Array): Promise<Attachment<string>> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip takes an ArrayBuffer in both
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const { value } = await mammoth.convertToHtml({ arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer }, { convertImage });
    // a whole document: DOMParser and linkedom give a fragment no <body> to walk
    return { ok: true, value: `<!doctype html><html><head><meta charset="utf-8"></head><body>${value}</body></html>` };
  } catch (error) {
    return { ok: false, problem: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  }
}
