// An auditor's decision on a finding, and the identity it is kept under: a report's findings are
// recomputed on every audit, so a decision names its finding by where it points, not by position.
import * as z from 'zod/mini';
import type { Finding } from './report';

export const DecisionSchema = z.object({
  status: z.enum(['confirmed', 'dismissed']),
  note: z.optional(z.string()),
  /** ISO time of the decision */
  at: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** `rule|table|row|column`: stable across re-audits of the same page. */
export const findingKey = (f: Pick<Finding, 'rule' | 'table' | 'row' | 'column'>): string => `${f.rule}|${f.table ?? ''}|${f.row ?? ''}|${f.column ?? ''}`;

/** The page a report's decisions belong to: its URL without the #fragment. */
export const reportKey = (url: string): string => url.split('#')[0];
