// The engine's public face: what the CLI, the content script and the popup call.
export { isReportPage } from './detect';
export { auditDocument, type DomAudit } from './audit-dom';
export { auditText } from './audit-text';
export * from './report';
export type { TableKey, TemplateId } from './template';
