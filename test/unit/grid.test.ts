import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksFromDom, cellText, rowsFromTable } from '../../lib/dom';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe('rowsFromTable', () => {
  it('reads the cells as written, each knowing its element, whatever the spans say', () => {
    const d = doc(`<table>
      <tr><td rowspan="2" id="a">A</td><td colspan="2" id="b">B</td></tr>
      <tr><td id="c">C</td><td id="d" colspan="1000" rowspan="65534">D</td></tr>
      <tr></tr><tr><th id="e">E</th><td style="display:none">hidden</td></tr></table>`);
    const rows = rowsFromTable(d.querySelector('table')!);
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['A', 'B'], ['C', 'D'], [], ['E']]);
    expect(rows.flat().map((c) => c.source.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('joins text cut mid-word by spans and fonts; <br>, &nbsp; and full-width digits normalised', () => {
    const d = doc(`<table><tr>
      <td><p class="MsoNormal"><span style="font-family:仿宋">本年新</span><font>收政府</font><span>信息公开申请数量</span><o:p></o:p></p></td>
      <td>商业<br>企业</td><td>&nbsp;１２&nbsp;</td><td><!--[if gte mso 9]>x<![endif]-->自 然 人</td></tr></table>`);
    const cells = Array.from(d.querySelectorAll('td')).map((td) => cellText(td));
    expect(cells).toEqual(['本年新收政府信息公开申请数量', '商业企业', '12', '自然人']);
  });
});

describe('blocksFromDom', () => {
  it('reads through layout tables and skips hidden and script content', () => {
    const d = doc(`<table><tr><td><h2>二、主动公开政府信息情况</h2><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>
      <div style="display:none">隐藏</div><script>var x = '一、总体情况'</script>`);
    const blocks = blocksFromDom(d.body);
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'table']);
    expect(blocks[0]).toMatchObject({ kind: 'text', text: '二、主动公开政府信息情况' });
  });
  it('survives tables nested 50 deep', () => {
    const html = '<table><tr><td>'.repeat(50) + '规章' + '</td></tr></table>'.repeat(50);
    expect(() => blocksFromDom(doc(html).body)).not.toThrow();
  });
});
