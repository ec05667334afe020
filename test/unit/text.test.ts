import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../lib/grid';
import { blocksFromText } from '../../lib/text';

const tables = (text: string) => blocksFromText(text).filter((b): b is TableBlock<number> => b.kind === 'table');
const texts = (t: TableBlock<number>) => t.rows.map((r) => r.map((c) => c.text));

describe('blocksFromText', () => {
  it('a row per line, cells separated by tabs', () => {
    const [t] = tables('二、主动公开政府信息情况\n\n信息内容\t本年制发件数\n规章\t0\n行政规范性文件\t１\n\n三、收到');
    expect(texts(t)).toEqual([['信息内容', '本年制发件数'], ['规章', '0'], ['行政规范性文件', '1']]);
    expect(t.rows[2][1].source).toBe(5);
  });
  it('a cell per tab-led line, rows split by blank lines, untabbed lines continuing a cell', () => {
    const [t] = tables('\t信息内容\n\t商业\n企业\n\n\t规章\n\t0\n\n正文');
    expect(texts(t)).toEqual([['信息内容', '商业企业'], ['规章', '0']]);
  });
  it('a stream of one-cell lines between headings', () => {
    const blocks = blocksFromText('二、主动公开政府信息情况\n\n规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n0\n\n三、收到和处理政府信息公开申请情况\n');
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    expect(texts(blocks[1] as TableBlock<number>)).toEqual([['规章'], ['0'], ['0'], ['0'], ['规范性文件'], ['0']]);
  });
  it('prose is prose', () => {
    expect(blocksFromText('一、总体情况\n2024年，我镇认真贯彻落实条例，共发布信息 1000 余篇。').every((b) => b.kind === 'text')).toBe(true);
  });
});

describe('blocksFromText: Markdown pipe tables', () => {
  it('reads cells between pipes, skips the separator line, keeps blank cells and escaped pipes', () => {
    const [t] = tables('## 二、主动公开\n\n| 信息内容 | 本年制发件数 |\n|:---|---:|\n| 规章 | 0 |\n| **行政**规范性文件 |  |\n| a \\| b | 商业<br>企业 |\n');
    expect(texts(t)).toEqual([['信息内容', '本年制发件数'], ['规章', '0'], ['行政规范性文件', ''], ['a | b', '商业企业']]);
    expect(t.rows[1][1].source).toBe(5);
  });
  it('a table cut by a converter stays in pieces (the engine joins them), headings lose their markup', () => {
    const blocks = blocksFromText('# 三、收到和处理\n\n| 一、本年新收 | 1 |\n| --- | --- |\n\n- 3 -\n\n---\n\n| 二、上年结转 | 0 |\n| --- | --- |\n');
    expect(blocks.map((b) => (b.kind === 'text' ? b.text : b.kind))).toEqual(['三、收到和处理', 'table', '- 3 -', 'table']);
  });
  it('a line with one pipe is prose', () => {
    expect(blocksFromText('信息内容 | 本年制发件数').every((b) => b.kind === 'text')).toBe(true);
  });
});
