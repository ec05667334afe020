// The auditor's review decisions (已核实 / 忽略), per report, in storage.local: one entry per page
// (its URL without #fragment, lib/review.ts reportKey) mapping each finding's identity (findingKey)
// to its Decision. They outlive reloads and browser restarts; nothing leaves the browser. The
// panel and the popup write them; the background (badge), the audit script (marks) and the
// exports read them through here.
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import type { Finding } from '../lib/report';
import { DecisionSchema, findingKey, type Decision } from '../lib/review';
import { decisionsItemKey as itemKey } from './review-status';

export type Decisions = Record<string, Decision>;

const DecisionsSchema = z.record(z.string(), DecisionSchema);

/** Whether a storage.local key (as storage.onChanged names it) holds a report's decisions. */
export const isDecisionsKey = (key: string): boolean => key.startsWith(itemKey('').slice('local:'.length));

const parse = (value: unknown): Decisions => {
  const parsed = DecisionsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
};

/** The decisions on the report at this URL, by finding key (an older or damaged value reads as none). */
export const decisionsFor = async (url: string): Promise<Decisions> => parse(await storage.getItem(itemKey(url)));

/** Records (or, with null, withdraws) the decision on one finding of the report at this URL. */
export async function decide(url: string, finding: Pick<Finding, 'rule' | 'table' | 'row' | 'column'>, decision: Decision | null): Promise<void> {
  const { [findingKey(finding)]: _previous, ...others } = await decisionsFor(url);
  const next = decision ? { ...others, [findingKey(finding)]: decision } : others;
  if (Object.keys(next).length) await storage.setItem(itemKey(url), next);
  else await storage.removeItem(itemKey(url));
}

/** Calls back with the report's decisions whenever they change. */
export const watchDecisions = (url: string, callback: (decisions: Decisions) => void): (() => void) =>
  storage.watch(itemKey(url), (value) => callback(parse(value)));

/** Forgets every decision on every report (the options page). */
export async function forgetDecisions(): Promise<void> {
  const all = await storage.snapshot('local');
  const keys = Object.keys(all).filter(isDecisionsKey);
  if (keys.length) await storage.removeItems(keys.map((k) => `local:${k}` as const));
}

/** Errors the auditor has not dismissed: what the toolbar badge counts. */
export const openErrors = (findings: readonly Finding[], decisions: Decisions): number =>
  findings.filter((f) => f.severity === 'error' && decisions[findingKey(f)]?.status !== 'dismissed').length;
