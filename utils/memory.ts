// The reports this browser remembers, for the across-reports rules (上年结转 = last year's 结转下年度):
// each audited report's few figures, by its page, in storage.local. Nothing leaves the browser.
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import { ReportFiguresSchema, type ReportFigures } from '../lib/figures';

/** Enough for an auditor's season across many agencies; the oldest are forgotten first. */
const MAX_REMEMBERED = 2000;

const RememberedSchema = z.array(ReportFiguresSchema);

export const rememberedReports = storage.defineItem<ReportFigures[]>('local:rememberedReports', { fallback: [], version: 1 });

/** What is stored, as the schema says it must be (an older or damaged value reads as nothing). */
export async function readRemembered(): Promise<ReportFigures[]> {
  const parsed = RememberedSchema.safeParse(await rememberedReports.getValue());
  return parsed.success ? parsed.data : [];
}

/** Keeps a report's figures (replacing what was kept for its page); returns the others. */
export async function remember(report: ReportFigures): Promise<ReportFigures[]> {
  const others = (await readRemembered()).filter((r) => r.origin !== report.origin);
  await rememberedReports.setValue([...others, report].slice(-MAX_REMEMBERED));
  return others;
}

export const forgetReports = (): Promise<void> => rememberedReports.removeValue();
