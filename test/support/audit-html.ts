// Audits an HTML string the way the CLI does (linkedom), for tests.
import { parseHTML } from 'linkedom';
import { auditDocument, type DomAudit } from '../../lib';

export function auditHtml(html: string): DomAudit {
  const { document } = parseHTML(html);
  return auditDocument(document as unknown as Document);
}
