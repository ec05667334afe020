// The DOM front end: a page (or part of one) → blocks → the engine.
import { auditGuarded, failedAudit, type EngineOptions, type EngineResult } from './audit';
import { readPage } from './read-page';

export type DomAudit = EngineResult<Element>;

/** Audits a document or an element of one. Never throws (unless asked to): a page it cannot read is `detected: false` with an engine-error finding. */
export function auditDocument(root: Document | Element, options: EngineOptions = {}): DomAudit {
  let read: ReturnType<typeof readPage>;
  try {
    read = readPage(root);
  } catch (error) {
    return failedAudit(error, options);
  }
  return auditGuarded(read.blocks, read.hints, options);
}
