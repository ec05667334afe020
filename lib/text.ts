// The seeds' own text form → blocks. Three shapes occur in exported reports:
//  - a table row per line, cells separated by tabs;
//  - a cell per line, each line led by a tab, rows separated by blank lines (a line without
//    the tab continues the cell above: "商业\n企业");
//  - a cell per line with blank lines everywhere and no row boundaries at all: read as a
//    stream of cells, one per row, that the table readers consume in order.
import type { Block, GridRow, TableBlock } from './grid';
import { looksNumeric, isPlaceholder } from './number';
import { normalizeText } from './normalize';
import { isSectionHeading } from './sections';

const SHORT_LINE = 48;
const MIN_STREAM_NUMBERS = 4;

type Line = { text: string; n: number };

const cell = (text: string, n: number) => ({ text: normalizeText(text), source: n });

function tabTable(lines: Line[]): TableBlock<number> {
  const rows: GridRow<number>[] = [];
  const cellPerLine = lines.every((l) => l.text.trim() === '' || l.text.startsWith('\t')) && lines.some((l) => /^\t[^\t]*$/.test(l.text));
  if (!cellPerLine) {
    for (const l of lines) if (l.text.trim()) rows.push(l.text.split('\t').map((t) => cell(t, l.n)));
  } else {
    let row: GridRow<number> = [];
    for (const l of lines) {
      if (l.text.trim() === '' && !l.text.includes('\t')) {
        if (row.length) rows.push(row);
        row = [];
      } else row.push(cell(l.text.slice(1), l.n));
    }
    if (row.length) rows.push(row);
  }
  return { kind: 'table', rows, sources: lines.map((l) => l.n) };
}

function streamTable(lines: Line[]): TableBlock<number> {
  return { kind: 'table', rows: lines.map((l) => [cell(l.text, l.n)]), sources: lines.map((l) => l.n) };
}

const isCellLine = (text: string): boolean => text.includes('\t');
const isShortLine = (text: string): boolean => {
  const t = normalizeText(text);
  return t.length > 0 && t.length <= SHORT_LINE && !/[。；;]$/.test(t) && !isSectionHeading(t);
};
const isValueLine = (text: string): boolean => {
  const t = normalizeText(text);
  return looksNumeric(t) || isPlaceholder(t);
};

export function blocksFromText(text: string): Block<number>[] {
  const lines: Line[] = text.replace(/\r\n?/g, '\n').split('\n').map((t, i) => ({ text: t, n: i + 1 }));
  const blocks: Block<number>[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isCellLine(lines[i].text)) {
      // a tab table runs while lines carry tabs, across blank lines and short continuation lines
      let j = i;
      const run: Line[] = [];
      while (j < lines.length) {
        const t = lines[j].text;
        const continuation = !isCellLine(t) && t.trim() !== '' && j > i && isCellLine(lines[j - 1].text) && normalizeText(t).length <= 8 && !isSectionHeading(normalizeText(t));
        if (isCellLine(t)) run.push(lines[j]);
        else if (continuation && run.length) run[run.length - 1] = { ...run[run.length - 1], text: run[run.length - 1].text + normalizeText(t) };
        else if (t.trim() === '' && j + 1 < lines.length && (isCellLine(lines[j + 1].text) || lines[j + 1].text.trim() === '')) run.push(lines[j]);
        else break;
        j++;
      }
      blocks.push(tabTable(run));
      i = j;
      continue;
    }
    // a stream table: a run of short lines, several of them numbers
    let j = i;
    const run: Line[] = [];
    while (j < lines.length && !isCellLine(lines[j].text) && (lines[j].text.trim() === '' || isShortLine(lines[j].text))) {
      if (lines[j].text.trim()) run.push(lines[j]);
      j++;
    }
    if (run.filter((l) => isValueLine(l.text)).length >= MIN_STREAM_NUMBERS) {
      blocks.push(streamTable(run));
      i = j;
      continue;
    }
    const t = normalizeText(lines[i].text);
    if (t) blocks.push({ kind: 'text', text: t, source: lines[i].n });
    i++;
  }
  return blocks;
}
