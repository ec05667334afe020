// The text front end: a report as plain text (the seeds' own form) → the engine.
import { auditBlocks } from './audit';
import type { Audit } from './report';
import { blocksFromText } from './text';

/** Audits a report given as text. Never throws. */
export function auditText(text: string): Audit {
  try {
    return auditBlocks(blocksFromText(text)).audit;
  } catch {
    return auditBlocks([]).audit;
  }
}
