// What an attachment's front end (DOCX, PDF) says when it cannot give the engine a report: one
// reason, which the CLI, the viewer page and the column audit put in a sentence (ui key cli.<reason>).
export type AttachmentProblem =
  /** a password is needed to open it */
  | 'encrypted'
  /** not the format its name says, or cut short */
  | 'damaged'
  /** Word 97–2003's or WPS's own binary format: no reader here ("save as .docx") */
  | 'legacy-word';

export type Attachment<T> = { ok: true; value: T } | { ok: false; problem: AttachmentProblem; detail?: string };

export type AttachmentKind = 'pdf' | 'docx' | 'legacy-word' | 'html' | 'text';

// read as latin1: a UTF-8 byte-order mark is three characters
const HTML_START = /^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html)/i;

/**
 * What a file is by its first bytes, else by its name: agencies rename .doc and .docx freely, and
 * many a ".doc" is a web page Word saved (it opens in Word all the same).
 */
export function attachmentKind(bytes: Uint8Array, name: string): AttachmentKind {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'legacy-word';
  if (HTML_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512)))) return 'html';
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  return /\.(?:doc|wps)$/i.test(name) ? 'legacy-word' : 'text';
}
