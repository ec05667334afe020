// Blocks → an HTML document: a PDF or Markdown report shown as a readable page. Its tables are
// the blocks' rows as written (one <td> per cell), so the DOM front end reads back the same rows,
// and the in-page marks have elements to sit on.
import type { Block } from './grid';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

export function htmlFromBlocks(blocks: Block<unknown>[], title: string): string {
  const body = blocks.map((b) => {
    if (b.kind === 'text') return `<p>${escape(b.text)}</p>`;
    if (b.kind === 'image') return '<img alt="">';
    return `<table>${b.rows.map((row) => `<tr>${row.map((c) => `<td>${escape(c.text)}</td>`).join('')}</tr>`).join('')}</table>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body.join('\n')}</body></html>`;
}
