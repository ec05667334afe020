// Where a finding shows on the page: a table cell, or (rules about the report's text) the
// paragraph it quotes. One id per place, the key of the engine's `cells` map.
import type { Finding } from './report';
import { findingKey } from './review';
import { TEXT_ANCHORED } from './rules/text-anchored';

/** True for a finding about a passage of the text (its row and column name the table figure it contradicts). */
export const isAboutText = (f: Pick<Finding, 'rule'>): boolean => TEXT_ANCHORED.has(f.rule);

export const TEXT_ANCHOR = 'text|';

/** Where a finding sits in a table: `table|row|column`. */
export const cellId = (table: string, row: string, column: string): string => `${table}|${row}|${column}`;

/** `table|row|column` for a cell; `text|rule|table|row|column` for a paragraph. */
export const anchorId = (f: Pick<Finding, 'rule' | 'table' | 'row' | 'column'>): string =>
  isAboutText(f) ? TEXT_ANCHOR + findingKey(f) : cellId(f.table ?? '', f.row ?? '', f.column ?? '');
