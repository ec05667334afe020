// --xlsx FILE: every audited report of the run into one workbook (lib/workbook.ts).
import { writeFile } from 'node:fs/promises';
import type { Lang } from '../lib/messages';
import { workbookBytes } from '../lib/workbook';
import type { FileAudit } from './audit-file';
import { say } from './format';

/** Writes the workbook and says so on stderr (stdout may be carrying --json); false when it could not. */
export async function writeWorkbookFile(path: string, results: readonly FileAudit[], lang: Lang): Promise<boolean> {
  if (results.length === 0) {
    console.error(say(lang, 'xlsxNothing', { file: path }));
    return false;
  }
  try {
    await writeFile(path, await workbookBytes(results));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    console.error(say(lang, 'xlsxFailed', { file: path, reason }));
    return false;
  }
  console.error(say(lang, 'xlsxWritten', { file: path, reports: results.length }));
  return true;
}
