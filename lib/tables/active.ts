// Table 二: proactive disclosure, in blocks headed 第二十条第（N）项.
import { readEntries, fitValues } from '../entries';
import type { GridRow } from '../grid';
import { compactOf, LabelIndex } from '../match';
import { ACTIVE_BLOCKS, perTemplate, type ActiveBlock, type TemplateId } from '../template';
import { newRead, putRow, tableName, type TableRead } from './common';

const BLOCK_MARKER = /第二十条第\(?([一二三四五六七八九十]+)\)?项/;

interface HeaderTexts {
  block: ActiveBlock;
  texts: string[];
}

/** A column heading that strays from the template (本年度止件数 for 本年废止件数) → an info. */
function checkHeadings<S>(read: TableRead<S>, { block, texts }: HeaderTexts): void {
  const joined = compactOf(texts.join(''));
  const cells = texts.filter((t) => compactOf(t) !== '信息内容');
  block.columns.forEach((column, i) => {
    if (joined.includes(compactOf(column.label))) return;
    const candidates = cells.length === block.columns.length ? [cells[i]] : cells;
    const hit = new LabelIndex(candidates, (t) => [t]).best(column.label);
    if (!hit) return;
    read.labels.push({ place: { table: 'active', column: column.key }, key: 'label-column', params: { table: tableName('active'), found: hit.item, label: column.label } });
  });
}

interface RowDef {
  block: ActiveBlock;
  row: ActiveBlock['rows'][number];
}
const indexOf = perTemplate((template) => {
  const rowDefs: RowDef[] = ACTIVE_BLOCKS[template].flatMap((block) => block.rows.map((row) => ({ block, row })));
  return new LabelIndex(rowDefs, ({ row }) => [row.label, ...(row.aliases ?? [])]);
});

export function readActive<S>(tableRows: GridRow<S>[], template: TemplateId): TableRead<S> {
  const read = newRead<S>();
  const blocks = ACTIVE_BLOCKS[template];
  const index = indexOf(template);
  const known = (text: string) => index.exact(text) !== undefined;
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
    const hit = last ? index.best(last) : undefined;
    if (!hit || hit.score < 0.8) {
      header?.texts.push(...texts);
      continue;
    }
    flushHeader();
    const { block, row } = hit.item;
    if (read.rows.has(row.key)) continue;
    read.rows.add(row.key);
    const { cells } = fitValues(entry.values, block.columns.length);
    putRow(read, 'active', { key: row.key, label: { zh: row.label, en: row.key } }, block.columns, cells);
  }
  flushHeader();
  return read;
}

