// The seeds' own text form → blocks. Three shapes occur in exported reports:
//  - a table row per line, cells separated by tabs;
//  - a cell per line, each line led by a tab, rows separated by blank lines (a line without
//    the tab continues the cell above: "商业\n企业");
//  - a cell per line with blank lines everywhere and no row boundaries at all: read as a
//    stream of cells, one per row, that the table readers consume in order.
// PDF-to-Markdown converters add a fourth: pipe tables (`| a | b |`, a `|---|` line under the
// first row), often one per page, which the engine joins again like a table split by a page break.
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

// ── Markdown ──
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;
const PIPE_SPLIT = /(?<!\\)\|/;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const MD_EMPHASIS = /\*\*|__|~~/g;
const MD_LINE_BREAK = /<br\s*\/?>/gi;
const MD_LEAD = /^\s{0,3}(?:#{1,6}\s+|>\s?)/;
const MD_RULE = /^\s*(?:[-*_]\s*){3,}$/;

/** Markdown's markup on a line of prose or a cell: headings, quotes, emphasis, escapes, <br>. */
const unmark = (text: string): string => text.replace(MD_LEAD, '').replace(MD_LINE_BREAK, '').replace(MD_EMPHASIS, '').replace(MD_ESCAPE, '$1');

function pipeTable(lines: Line[]): TableBlock<number> {
  const rows = lines
    .filter((l) => !PIPE_SEPARATOR.test(l.text))
    .map((l) => l.text.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(PIPE_SPLIT).map((t) => cell(unmark(t), l.n)));
  return { kind: 'table', rows, sources: lines.map((l) => l.n) };
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
    if (PIPE_ROW.test(lines[i].text)) {
      // a pipe table ends at its first other line (a blank one included): a converter's next piece is a table of its own
      let j = i;
      while (j < lines.length && PIPE_ROW.test(lines[j].text)) j++;
      blocks.push(pipeTable(lines.slice(i, j)));
      i = j;
      continue;
    }
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
    while (j < lines.length && !isCellLine(lines[j].text) && !PIPE_ROW.test(lines[j].text) && (lines[j].text.trim() === '' || isShortLine(lines[j].text))) {
      if (lines[j].text.trim()) run.push(lines[j]);
      j++;
    }
    if (run.filter((l) => isValueLine(l.text)).length >= MIN_STREAM_NUMBERS) {
      blocks.push(streamTable(run));
      i = j;
      continue;
    }
    const t = normalizeText(unmark(lines[i].text));
    if (t && !MD_RULE.test(t)) blocks.push({ kind: 'text', text: t, source: lines[i].n });
    i++;
  }
  return blocks;
}
