// What a rule of the contract is: an id, a severity, the stage it runs at, and its check.
// Each rule lives in its own file beside this one and is listed once in ./index.ts.
import type { ReportFigures } from '../figures';
import type { Block } from '../grid';
import { makeFinding, type Localised, type MessageKey, type Place } from '../messages';
import type { Meta } from '../meta';
import type { FindingBase, Severity } from '../report';
import type { SectionHit } from '../sections';
import type { TableRead } from '../tables/common';
import type { TableKey, TemplateId } from '../template';

/** What the rules of one report see: its blocks, sections, metadata and the tables as read. */
export interface AuditContext<S = unknown> {
  blocks: Block<S>[];
  sections: SectionHit[];
  meta: Meta;
  /** the template the page uses, or null when no table told */
  detectedTemplate: TemplateId | null;
  /** the template the tables are read against (2021 when no table told) */
  template: TemplateId;
  reads: Partial<Record<TableKey, TableRead<S>>>;
  /** block index range of section n, from its heading to the next found heading */
  sectionRange(n: number): [number, number] | undefined;
  /** the section a block lies in (0: before the first heading) */
  sectionOf(block: number): number;
  /** a finding about a passage of text: where it is (the overlay marks the paragraph, not a cell) */
  pointAt(finding: object, block: number): void;
}

/** What a rule returns: a finding whose id is the rule's (the schema's Finding once registered). */
export type Finding = FindingBase & { rule: string };
type Params = Record<string, string | number | Localised>;

interface Base<Id extends string> {
  id: Id;
  severity: Severity;
  /** 'text': its findings are about a passage of the text, and point at its paragraph (ctx.pointAt) */
  anchor?: 'text';
}
/** What a check sees as `this`: its rule, with the finding maker bound to the rule's id and severity. */
interface Finder {
  id: string;
  severity: Severity;
  finding(place: Place, key: MessageKey, params?: Params): Finding;
}
/** Runs once per table it applies to. */
interface TableCheck {
  stage: 'table';
  tables: readonly TableKey[];
  run<S>(this: Finder, ctx: AuditContext<S>, table: TableKey, read: TableRead<S>): Finding[];
}
/** Runs once per report. */
interface DocumentCheck {
  stage: 'document';
  run<S>(this: Finder, ctx: AuditContext<S>): Finding[];
}
/**
 * Compares two reports of one agency for consecutive years. Its findings belong to the later
 * report; `earlier` says the same from the earlier report's side, for a reader showing both pages.
 */
interface AcrossCheck {
  stage: 'across';
  compare(this: Finder, earlier: ReportFigures, later: ReportFigures): { later: Finding[]; earlier: Finding[] };
}

type Check = TableCheck | DocumentCheck | AcrossCheck;
export type RuleDef<Id extends string = string, C extends Check = Check> = Base<Id> & C & Finder;
export type AcrossRule = RuleDef<string, AcrossCheck>;

/** A rule whose findings carry its own id and severity: the severity is said once, here. */
export function defineRule<const Id extends string, C extends Check>(definition: Base<Id> & C): RuleDef<Id, C> {
  const finding = (place: Place, key: MessageKey, params: Params = {}): Finding => makeFinding(definition.id, definition.severity, place, key, params);
  return { ...definition, finding } as RuleDef<Id, C>;
}
