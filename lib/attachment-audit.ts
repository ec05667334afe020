// An attachment's bytes → its audit, the same for a file of the CLI and a file the column audit
// fetched: PDF and DOCX through the caller's readers (large: the caller loads them only when such a
// file comes), a web page Word saved as .doc as a page, an old binary Word file as a problem.
import { attachmentKind, type Attachment, type AttachmentProblem } from './attachment';
import { auditBlocks, type EngineOptions } from './audit';
import { decode } from './decode';
import type { Block } from './grid';
import type { Lang } from './messages';
import type { MetaHints } from './meta';
import type { Audit, Finding } from './report';
import tableMissing from './rules/table-missing';
import { tableName } from './tables/common';
import { TABLE_ORDER, TABLE_SECTION } from './template';
import { uiText } from './ui-text';

/** The caller's PDF and DOCX readers: bytes → the audit, or why there is none. */
export type ReadAttachment = (bytes: Uint8Array, kind: 'pdf' | 'docx') => Promise<Attachment<Audit>>;

/** Pictures and no text at all: a scan. */
export const isScan = (blocks: Block<unknown>[]): boolean => blocks.length > 0 && blocks.every((b) => b.kind === 'image');

/**
 * A scanned report (no OCR here) is still a report the auditor must see: detected, with the
 * finding a text PDF with image tables gets, "the table is an image", for each of its tables.
 */
function scanAudit(blocks: Block<unknown>[], hints: MetaHints): Audit {
  const findings = TABLE_ORDER.map((table) => tableMissing.finding({ section: TABLE_SECTION[table], table }, 'table-image', { n: TABLE_SECTION[table], table: tableName(table) }) as Finding);
  return { ...auditBlocks(blocks, hints).audit, detected: true, findings };
}

/** A PDF's blocks audited; a scan gets its tables called images. */
export function auditPdfBlocks<S>(blocks: Block<S>[], hints: MetaHints, options: EngineOptions = {}): Audit {
  return isScan(blocks) ? scanAudit(blocks, hints) : auditBlocks(blocks, hints, options).audit;
}

/** The file by its first bytes (else its name): PDF and DOCX read by `read`, a web page or text by `auditPage`. */
export async function auditAttachmentBytes(bytes: Uint8Array, name: string, read: ReadAttachment, auditPage: (text: string) => Audit): Promise<Attachment<Audit>> {
  const kind = attachmentKind(bytes, name);
  if (kind === 'pdf' || kind === 'docx') return read(bytes, kind);
  if (kind === 'legacy-word') return { ok: false, problem: 'legacy-word' };
  const text = decode(bytes);
  return text === undefined ? { ok: false, problem: 'damaged' } : { ok: true, value: auditPage(text.replace(/^\uFEFF/, '')) };
}

/** Why an attachment could not be audited, in one line (the CLI's words). */
export const problemText = (lang: Lang, problem: AttachmentProblem, detail?: string): string => uiText(lang)(`cli.${problem}`) + (detail ? ` (${detail})` : '');
