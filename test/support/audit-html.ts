// Audits an HTML string the way the CLI does (linkedom), for tests.
import { parseHTML } from 'linkedom';
import { auditDocument, type DomAudit } from '../../lib';

export function auditHtml(html: string): DomAudit {
  const { document } = parseHTML(html);
  // a rule that throws fails the test instead of becoming an engine-error finding
  return auditDocument(document as unknown as Document, { rethrow: true });
}
