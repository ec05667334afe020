// Reports as attachments, audited in Node the way the CLI does it (cli/read-attachment.ts): a
// 4-page PDF (a CMS page printed by Chromium, its tables across pages) and a DOCX. The first run
// includes loading pdfjs or mammoth; warm runs are the medians after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditAttachment } from '../cli/read-attachment';
import { median, ROOT } from './chromium';

export const ATTACHMENT_FILES = ['samples/pdf/002-cms.pdf', 'samples/pdf/002-word.pdf', 'samples/docx/002-word.docx'];

export interface AttachmentTiming {
  file: string;
  /** pages of a PDF */
  pages?: number;
  first: number;
  warm: number;
  /** CPU time of the warm runs (median): on a shared machine, what the audit itself costs */
  cpu: number;
}

const pagesOf = (path: string) => (readFileSync(path, 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

export async function timeAttachments(runs: number): Promise<AttachmentTiming[]> {
  const out: AttachmentTiming[] = [];
  for (const file of ATTACHMENT_FILES) {
    const path = join(ROOT, file);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const outcome = await auditAttachment(path);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      if (!outcome.ok || !outcome.result.detected) throw new Error(`${file}: not audited`);
    }
    out.push({ file, pages: file.endsWith('.pdf') ? pagesOf(path) : undefined, first: times[0], warm: median(times.slice(1)), cpu: median(cpu.slice(1)) });
  }
  return out;
}
