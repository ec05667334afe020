// What an overlay draws, and its form on the way from the engine (in the background) to the page:
// the page keeps its elements and sends blocks whose sources are numbers (lib/grid.ts
// numberSources); the findings' places come back as those numbers.
import type { EngineResult } from './audit';
import type { Audit } from './report';
import type { TableKey } from './template';

/** The findings with the page places of those that have one (by anchorId), and of the tables. */
export interface Marks<S> {
  audit: Pick<Audit, 'detected' | 'findings'>;
  cells: Map<string, S>;
  tables: Map<TableKey, S[]>;
}

/** Marks whose places are numbers, as plain lists: what crosses a message (as JSON). */
export interface MarksMessage {
  audit: Pick<Audit, 'detected' | 'findings'>;
  cells: [string, number][];
  tables: [TableKey, number[]][];
}

/** What the page needs of an audit to draw it (not the tables' every cell, which the popup gets from the store). */
export const marksMessage = ({ audit, cells, tables }: Pick<EngineResult<number>, 'audit' | 'cells' | 'tables'>): MarksMessage => ({
  audit: { detected: audit.detected, findings: audit.findings },
  cells: [...cells],
  tables: [...tables],
});

/** The marks with the page's own elements back in place of their numbers (a number it never sent is left out). */
export function withSources<S>({ audit, cells, tables }: MarksMessage, sources: S[]): Marks<S> {
  const at = (n: number): S[] => (Number.isInteger(n) && n >= 0 && n < sources.length ? [sources[n]] : []);
  return {
    audit,
    cells: new Map(cells.flatMap(([id, n]) => at(n).map((s) => [id, s] as const))),
    tables: new Map(tables.map(([key, list]) => [key, list.flatMap(at)] as const)),
  };
}
