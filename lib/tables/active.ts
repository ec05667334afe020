// Table 二: proactive disclosure, in blocks headed 第二十条第（N）项.
import { readEntries, fitValues } from '../entries';
import type { GridRow } from '../grid';
import { bestMatch, labelSimilarity } from '../match';
import { makeFinding } from '../messages';
import { compactLabel } from '../normalize';
import { ACTIVE_BLOCKS, type ActiveBlock, type TemplateId } from '../template';
import { newRead, putCell, tableName, type TableRead } from './common';

const BLOCK_MARKER = /第二十条第\(?([一二三四五六七八九十]+)\)?项/;

interface HeaderTexts {
  block: ActiveBlock;
  texts: string[];
}

/** A column heading that strays from the template (本年度止件数 for 本年废止件数) → an info. */
function checkHeadings<S>(read: TableRead<S>, { block, texts }: HeaderTexts): void {
  const joined = compactLabel(texts.join(''));
  const cells = texts.filter((t) => compactLabel(t) !== '信息内容');
  block.columns.forEach((column, i) => {
    if (joined.includes(compactLabel(column.label))) return;
    const candidates = cells.length === block.columns.length ? [cells[i]] : cells;
    const hit = bestMatch(column.label, candidates, (t) => [t]);
    if (!hit) return;
    read.findings.push(
      makeFinding('label-mismatch', 'info', { table: 'active', column: column.key }, 'label-column', { table: tableName('active'), found: hit.item, label: column.label }),
    );
  });
}

export function readActive<S>(tableRows: GridRow<S>[], template: TemplateId): TableRead<S> {
  const read = newRead<S>();
  const blocks = ACTIVE_BLOCKS[template];
  const rowDefs = blocks.flatMap((block) => block.rows.map((row) => ({ block, row })));
  const labelsOf = ({ row }: (typeof rowDefs)[number]) => [row.label, ...(row.aliases ?? [])];
  const known = (text: string) => rowDefs.some((d) => labelsOf(d).some((l) => labelSimilarity(text, l) === 1));
  let header: HeaderTexts | undefined;
  const flushHeader = () => {
    if (header) checkHeadings(read, header);
    header = undefined;
  };
  for (const entry of readEntries(tableRows, known)) {
    const texts = entry.labels.map((c) => c.text);
    const marker = texts.map((t) => BLOCK_MARKER.exec(t)).find(Boolean);
    if (marker) {
      flushHeader();
      const block = blocks.find((b) => b.item === marker[1]);
      header = block && { block, texts: [] };
      continue;
    }
    const last = texts[texts.length - 1] ?? '';
    const hit = last ? bestMatch(last, rowDefs, labelsOf) : undefined;
    if (!hit || hit.score < 0.8) {
      header?.texts.push(...texts);
      continue;
    }
    flushHeader();
    const { block, row } = hit.item;
    if (read.rows.has(row.key)) continue;
    read.rows.add(row.key);
    const { cells } = fitValues(entry.values, block.columns.length);
    block.columns.forEach((column, c) => putCell(read, 'active', { key: row.key, label: { zh: row.label, en: row.key } }, column, cells[c]));
  }
  flushHeader();
  return read;
}

