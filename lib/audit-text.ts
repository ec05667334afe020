// The text front end: a report as plain text (the seeds' own form) → the engine.
import { auditBlocks, failedAudit, type EngineOptions } from './audit';
import type { Audit } from './report';
import { blocksFromText } from './text';

/** Audits a report given as text. Never throws (unless asked to). */
export function auditText(text: string, options: EngineOptions = {}): Audit {
  try {
    return auditBlocks(blocksFromText(text), {}, options).audit;
  } catch (error) {
    return failedAudit(error, options).audit;
  }
}
