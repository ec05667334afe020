// The typed report and its findings: the contract the CLI, the popup and the exports share.
import * as z from 'zod/mini';
import { RULE_IDS } from './rules/index';

/** Every rule id of the contract, from the registry (lib/rules). */
export const RULES = RULE_IDS;
export type Rule = (typeof RULES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TABLE_KEYS = ['active', 'requests', 'appeals'] as const;

export const CellSchema = z.object({
  /** the number, or null when blank or invalid */
  value: z.nullable(z.number()),
  /** the cell's text as the page shows it, normalised for whitespace only */
  raw: z.string(),
  status: z.enum(['number', 'blank', 'invalid']),
});
export type Cell = z.infer<typeof CellSchema>;

/** rows → columns → cell; `appeals` has the single row "" and columns named group.column */
export const TableDataSchema = z.record(z.string(), z.record(z.string(), CellSchema));
export type TableData = z.infer<typeof TableDataSchema>;

/** A finding without its rule id: what rules build (their ids come from the registry, which needs this first). */
export const FindingBaseSchema = z.object({
  severity: z.enum(SEVERITIES),
  section: z.optional(z.number()),
  table: z.optional(z.enum(TABLE_KEYS)),
  row: z.optional(z.string()),
  column: z.optional(z.string()),
  expected: z.optional(z.union([z.number(), z.string()])),
  actual: z.optional(z.union([z.number(), z.string()])),
  message: z.string(),
  message_en: z.string(),
});
export type FindingBase = z.infer<typeof FindingBaseSchema>;

export const FindingSchema = z.extend(FindingBaseSchema, { rule: z.enum(RULES) });
export type Finding = z.infer<typeof FindingSchema>;

export const SectionSchema = z.object({
  n: z.number(),
  found: z.boolean(),
  heading: z.nullable(z.string()),
});

export const ReportSchema = z.object({
  detected: z.boolean(),
  template: z.nullable(z.enum(['2021', '2019'])),
  year: z.nullable(z.number()),
  agency: z.nullable(z.string()),
  published: z.nullable(z.string()),
  title: z.nullable(z.string()),
  sections: z.array(SectionSchema),
  tables: z.object({
    active: z.optional(TableDataSchema),
    requests: z.optional(TableDataSchema),
    appeals: z.optional(TableDataSchema),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

export const AuditSchema = z.extend(ReportSchema, { findings: z.array(FindingSchema) });
export type Audit = z.infer<typeof AuditSchema>;

/** One CLI result per file. */
export const FileAuditSchema = z.extend(AuditSchema, { file: z.string() });
export const CliOutputSchema = z.array(FileAuditSchema);

/** The JSON the popup copies: versioned, with the page's address. */
export const EXPORT_VERSION = 1;
export const ExportSchema = z.extend(AuditSchema, {
  version: z.literal(EXPORT_VERSION),
  url: z.string(),
  generator: z.string(),
});
export type ExportDoc = z.infer<typeof ExportSchema>;

export { cellId } from './anchors';
