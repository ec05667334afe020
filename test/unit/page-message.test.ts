// The page's audit script reads its page into numbered blocks and the background's engine audits
// them (issue 15): the marks that come back must point at the very elements an audit in the page
// would have marked.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { auditBlocks } from '../../lib/audit';
import { auditDocument } from '../../lib/audit-dom';
import { numberSources } from '../../lib/grid';
import { marksMessage, withSources } from '../../lib/marks';
import { readPage } from '../../lib/read-page';
import { pageRead } from '../../utils/protocol-schema';

const page = (path: string) => parseHTML(readFileSync(path, 'utf8')).document as unknown as Document;

describe('an audit across the message', () => {
  it.each(['samples/html/001-cms.html', 'samples/html/003-word.html', 'test/fixtures/faults/text-table-mismatch-fires.html', 'test/fixtures/faults/row-sum-fires.html'])('%s: the same findings, on the same elements, as an audit in the page', (file) => {
    const doc = page(file);
    const inPage = auditDocument(doc);
    const { blocks, hints } = readPage(doc);
    const { blocks: numbered, sources } = numberSources(blocks);
    const read = pageRead(JSON.stringify({ blocks: numbered, hints }));
    expect(read).toBeDefined();
    const answer = JSON.parse(JSON.stringify(marksMessage(auditBlocks(read!.blocks, read!.hints))));
    const back = withSources(answer, sources);
    expect(back.audit).toEqual({ detected: true, findings: inPage.audit.findings });
    expect(inPage.audit.detected).toBe(true);
    if (file.includes('fires')) expect(inPage.cells.size).toBeGreaterThan(0);
    expect([...back.cells]).toEqual([...inPage.cells]);
    expect([...back.tables]).toEqual([...inPage.tables]);
  });
  it('numbers each element once; a block without a source stays without one', () => {
    const p = {} as Element;
    const { blocks, sources } = numberSources<Element>([
      { kind: 'text', text: 'a', source: p },
      { kind: 'text', text: 'b' },
      { kind: 'table', rows: [[{ text: '1', source: p }]], sources: [p] },
      { kind: 'image' },
    ]);
    expect(sources).toEqual([p]);
    expect(blocks).toEqual([
      { kind: 'text', text: 'a', source: 0 },
      { kind: 'text', text: 'b' },
      { kind: 'table', rows: [[{ text: '1', source: 0 }]], sources: [0] },
      { kind: 'image' },
    ]);
  });
  it('a number the page never sent places nothing', () => {
    const back = withSources({ audit: auditBlocks([]).audit, cells: [['requests|1|total', 7], ['x', -1]], tables: [['requests', [0, 9]]] }, ['only']);
    expect([...back.cells]).toEqual([]);
    expect([...back.tables]).toEqual([['requests', ['only']]]);
  });
  it.each([
    ['not JSON', '{blocks'],
    ['no blocks', '{"hints":{}}'],
    ['a cell without its source', '{"blocks":[{"kind":"table","rows":[[{"text":"1"}]],"sources":[]}],"hints":{}}'],
    ['a fractional source', '{"blocks":[{"kind":"text","text":"a","source":1.5}],"hints":{}}'],
    ['an unknown block', '{"blocks":[{"kind":"video"}],"hints":{}}'],
  ])('the background refuses what no audit script sends: %s', (_what, json) => {
    expect(pageRead(json)).toBeUndefined();
  });
});
