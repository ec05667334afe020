// --xlsx FILE: every audited report of the run into one workbook (lib/workbook.ts).
import { writeFile } from 'node:fs/promises';
import type { Translate } from '../lib/ui-text';
import { workbookBytes, type WorkbookReport } from '../lib/workbook';

/** Writes the workbook and says so on stderr (stdout may be carrying --json); false when it could not. */
export async function writeWorkbookFile(path: string, results: readonly WorkbookReport[], t: Translate): Promise<boolean> {
  if (results.length === 0) {
    console.error(t('cli.xlsxNothing', { file: path }));
    return false;
  }
  try {
    await writeFile(path, await workbookBytes(results));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    console.error(t('cli.xlsxFailed', { file: path, reason }));
    return false;
  }
  console.error(t('cli.xlsxWritten', { file: path, reports: results.length }));
  return true;
}
