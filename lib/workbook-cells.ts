// Cells of the audit workbook and their looks: every sheet builds its rows from these.
import type { CellObject, Row } from 'write-excel-file/universal';
import type { CellMark } from './table-layout';

/** Excel's own "Bad" and "Neutral" cell styles: auditors know them at a glance. */
export const FILLS = {
  fail: { backgroundColor: '#FFC7CE', textColor: '#9C0006' },
  blank: { backgroundColor: '#FFEB9C', textColor: '#9C5700' },
  /** an error the auditor dismissed: still visible, no longer alarming */
  dismissed: { backgroundColor: '#E7E6E6', textColor: '#595959' },
} as const satisfies Record<CellMark, Partial<CellObject>>;

type Style = Partial<Omit<CellObject, 'value' | 'type'>>;

// Excel refuses a cell of more than 32,767 characters; a page's cell can hold anything.
const MAX_TEXT = 32_767;

export const text = (value: string | null | undefined, style: Style = {}): CellObject => ({
  type: String,
  value: value == null || value === '' ? undefined : value.slice(0, MAX_TEXT),
  ...style,
});

export const num = (value: number, style: Style = {}): CellObject => ({ type: Number, value, ...style });

/** A finding's expected/actual: a number stays a number, the page's text stays text. */
export const numOrText = (value: number | string | undefined, style: Style = {}): CellObject =>
  typeof value === 'number' ? num(value, style) : text(value, style);

const HEADER: Style = { fontWeight: 'bold', backgroundColor: '#DDEBF7', borderStyle: 'thin', borderColor: '#9BC2E6' };
const HEADER_EN: Style = { fontStyle: 'italic', textColor: '#595959', backgroundColor: '#F2F2F2' };

/** The Chinese header row, then the English one under it. */
export const headerRows = (zh: readonly string[], en: readonly string[]): Row[] => [
  zh.map((h) => text(h, { ...HEADER, wrap: true })),
  en.map((h) => text(h, HEADER_EN)),
];

export const title = (value: string): Row => [text(value, { fontWeight: 'bold', fontSize: 13 })];
