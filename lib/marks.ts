// What an overlay draws, and its form on the way from the engine (in the background) to the page:
// the page keeps its elements and sends blocks whose sources are numbers (lib/grid.ts
// numberSources); the findings' places come back as those numbers.
import type { EngineResult } from './audit';
import type { Audit } from './report';
import type { TableKey } from './template';

/** The audit with the page places of its findings (by anchorId) and of its tables. */
export type Marks<S> = Pick<EngineResult<S>, 'audit' | 'cells' | 'tables'>;

/** Marks whose places are numbers, as plain lists: what crosses a message. */
export interface MarksMessage {
  audit: Audit;
  cells: [string, number][];
  tables: [TableKey, number[]][];
}

export const marksMessage = ({ audit, cells, tables }: Marks<number>): MarksMessage => ({ audit, cells: [...cells], tables: [...tables] });

/** The marks with the page's own elements back in place of their numbers (a number it never sent is left out). */
export function withSources<S>({ audit, cells, tables }: MarksMessage, sources: S[]): Marks<S> {
  const at = (n: number): S[] => (Number.isInteger(n) && n >= 0 && n < sources.length ? [sources[n]] : []);
  return {
    audit,
    cells: new Map(cells.flatMap(([id, n]) => at(n).map((s) => [id, s] as const))),
    tables: new Map(tables.map(([key, list]) => [key, list.flatMap(at)] as const)),
  };
}
