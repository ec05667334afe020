// The DOM front end: a page (or part of one) → blocks → the engine.
import { auditBlocks, failedAudit, type EngineOptions, type EngineResult } from './audit';
import { readPage } from './read-page';

export type DomAudit = EngineResult<Element>;

/** Audits a document or an element of one. Never throws (unless asked to): a page it cannot read is `detected: false` with an engine-error finding. */
export function auditDocument(root: Document | Element, options: EngineOptions = {}): DomAudit {
  try {
    const { blocks, hints } = readPage(root);
    return auditBlocks(blocks, hints, options);
  } catch (error) {
    return failedAudit(error, options);
  }
}
