// Claims read from the report's prose (REPORT-FORMAT.md "Claims"): what is a claim, what is not.
import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../lib/claims';
import { extractMeta } from '../../lib/meta';

const read = (text: string, section = 1) => claimsIn(text, 0, section).map((c) => `${c.kind} ${c.value}`);

describe('claims', () => {
  it.each([
    ['全年共收到政府信息公开申请154件，共办结148件，结转至2026年6件。', ['received 154', 'handled 148', 'carriedOn 6']],
    ['本年度新收政府信息公开申请 1,234 件。', ['received 1234']],
    ['共接收依申请公开事项合计12件', ['received 12']],
    ['上年结转政府信息公开申请3件，上年度结转2件', ['carried 3', 'carried 2']],
    ['结转下年度继续办理2件', ['carriedOn 2']],
    ['结转到下一年度办理1件', ['carriedOn 1']],
    ['本年度予以公开及部分公开258件。', ['grantedAndPartly 258']],
    ['本年度予以公开120件、部分公开3件、不予公开2件、无法提供5件、不予处理1件、其他处理1件。', ['granted 120', 'partly 3', 'refused 2', 'unable 5', 'notProcessed 1', 'otherHandling 1']],
    ['信息公开类行政复议7件，诉讼9件。', ['review 7', 'litigation 9']],
    ['因政府信息公开被申请行政复议2起、提起行政诉讼1起。', ['review 2', 'litigation 1']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['全年未收到公开申请', ['received 0']],
    ['三角镇未收到依申请公开件', ['received 0']],
    ['2023年度我镇暂无依申请公开事项', ['received 0']],
    ['未发生不予公开、无法提供、不予处理的情况', ['refused 0', 'unable 0', 'notProcessed 0']],
    ['未发生因政府信息公开申请行政复议、提起行政诉讼的情况', ['review 0', 'litigation 0']],
    ['本机关没有发生因政府信息公开引发的行政复议', ['review 0']],
  ])('negated: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['另有72件申请因材料不全顺延到下年度。', 'a number before the phrase'],
    ['全年收到申请较上年增加5件', 'a change'],
    ['予以公开占33.9%', 'a share'],
    ['受理许可事项136件，已办结136件，办结率100%。', 'licences, not information requests'],
    ['全年受理行政许可申请2000件。', 'a licence application'],
    ['全年办理政务服务事项3200件，按时办结3200件。', 'other business settled'],
    ['本年新收10件', 'a receipt without 申请 in the clause'],
    ['未发生因申请引发的行政复议', 'a negation of the review, not of a receipt'],
    ['行政复议结果均未被纠正', 'a negation after the phrase'],
    ['对不符合条件的申请未予公开', '未予公开 withholds, it does not deny'],
    ['全年办理行政复议案件56件', 'reviews the agency handles, not about disclosure (no 公开 in the sentence, not section 四)'],
    ['收到3月份申请5件', 'a figure after a date'],
    ['行政复议、行政诉讼各1件', 'one count for two phrases'],
    ['收到申请三件', 'a count in words'],
    ['一、本年新收政府信息公开申请数量', 'a table label'],
  ])('no claim: %s (%s)', (text) => {
    const kinds = read(text);
    if (text === '未发生因申请引发的行政复议') expect(kinds).not.toContain('received 0');
    else expect(kinds).toEqual([]);
  });

  it('reviews in section 四 need not say 公开', () => {
    expect(read('本年度发生行政复议2件', 4)).toEqual(['review 2']);
    expect(read('本年度发生行政复议2件', 1)).toEqual([]);
  });
  it('quotes the words that state the figure', () => {
    expect(claimsIn('其中予以公开及部分公开258件，不予公开3件', 0, 3).map((c) => c.quote)).toEqual(['予以公开及部分公开258件', '不予公开3件']);
    expect(claimsIn('经查，全年未收到公开申请。', 0, 1)[0].quote).toBe('全年未收到公开申请');
  });
});

describe('the publication date', () => {
  const lines = (...head: string[]) => [...head, '某县人民政府2024年政府信息公开工作年度报告', '一、总体情况', '本年度……', '二、主动公开政府信息情况'];
  it.each([
    [['时间：2025-03-08 15:34'], '2025-03-08'],
    [['来源：某县人民政府 时间：2025-03-08 浏览次数：12'], '2025-03-08'],
    [['发布时间：2025年1月20日'], '2025-01-20'],
    [['公开日期：2025/01/31'], '2025-01-31'],
    [['成文日期：2025-03-01', '发布日期：2025-01-20'], '2025-01-20'],
  ])('%j → %s', (head, date) => expect(extractMeta(lines(...head)).published).toBe(date));
  it('成文日期 and 更新时间 are not the publication; a 时间： inside the report is not the page’s', () => {
    expect(extractMeta(lines('成文日期：2025-03-01', '更新时间：2025-03-02')).published).toBeNull();
    expect(extractMeta([...lines(), '会议时间：2024-05-06']).published).toBeNull();
  });
});
