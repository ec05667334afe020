// The auditor's decisions as the page's marks show them: a status by finding key, read by the
// background for the audit script (utils/protocol.ts OverlayView). Zod-free, apart from utils/decisions.ts.
import { storage } from '@wxt-dev/storage';
import { reportKey } from '../lib/review';

export type ReviewStatus = Record<string, 'confirmed' | 'dismissed'>;

/** Where the decisions on the report at this URL are kept (storage.local, one entry per report). */
export const decisionsItemKey = (url: string) => `local:review:${reportKey(url)}` as const;

/** The statuses of a stored value; anything else in it (a damaged entry) shows no decision. */
function statusesOf(value: unknown): ReviewStatus {
  const out: ReviewStatus = {};
  if (value && typeof value === 'object') {
    for (const [key, d] of Object.entries(value)) {
      const status = (d as { status?: unknown } | null)?.status;
      if (status === 'confirmed' || status === 'dismissed') out[key] = status;
    }
  }
  return out;
}

export const reviewStatuses = async (url: string): Promise<ReviewStatus> => statusesOf(await storage.getItem(decisionsItemKey(url)));
