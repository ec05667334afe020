// Which of the three tables a grid is, by what it says rather than where it stands.
import type { GridRow } from './grid';
import { isCount } from './number';
import type { TableKey, TemplateId } from './template';

export const TABLE_KEYWORDS: Record<TableKey, string[]> = {
  requests: ['本年新收', '上年结转', '办理结果', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '结转下年度', '自然人', '商业企业'],
  active: ['第二十条', '规章', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '制发件数', '处理决定', '收费金额', '采购'],
  appeals: ['行政复议', '行政诉讼', '复议后起诉', '直接起诉', '尚未审结', '结果维持', '结果纠正'],
};
const MIN_SCORE = 2;
const SAMPLE_CELLS = 400;
/** Longer cells are prose (a note, a paragraph), not the labels that name a table. */
const LABEL_LENGTH = 60;

/** The table's labels, sampled: the keywords sit in the labels near the top. */
export function tableText(rows: GridRow<unknown>[]): string {
  const texts: string[] = [];
  for (const row of rows) {
    for (const cell of row) {
      if (texts.length >= SAMPLE_CELLS) return texts.join('');
      if (cell.text && cell.text.length <= LABEL_LENGTH && !isCount(cell.text)) texts.push(cell.text);
    }
  }
  return texts.join('');
}

/**
 * How many of the words the text contains; once `floor` is out of reach the search stops and the
 * count, whatever it is then, stays below `floor` (a rival that cannot tie need not be counted out).
 */
function countIn(text: string, words: string[], floor = 0): number {
  let count = 0;
  for (let i = 0; i < words.length && count + words.length - i >= floor; i++) if (text.includes(words[i])) count++;
  return count;
}

export function classifyTable(text: string): TableKey | undefined {
  let best: TableKey | undefined;
  let bestScore = 0;
  let tie = false;
  for (const key of Object.keys(TABLE_KEYWORDS) as TableKey[]) {
    const score = countIn(text, TABLE_KEYWORDS[key], bestScore);
    if (score > bestScore) [best, bestScore, tie] = [key, score, false];
    else if (score === bestScore) tie = true;
  }
  return bestScore >= MIN_SCORE && !tie ? best : undefined;
}

/**
 * Words a headerless continuation of a table still carries in its row labels. The appeals table
 * is one row of numbers: nothing continues it.
 */
const CONTINUATION: Record<TableKey, string[]> = {
  requests: ['总计', '结转下年度', '其他处理', '不予处理', '无法提供', '不予公开', '逾期', '申请', '属于'],
  active: ['行政', '规章', '规范性文件', '收费', '采购'],
  appeals: [],
};

/** Whether a table the keywords could not place reads as the rest of the table before it (a page break). */
export const continues = (previous: TableKey, text: string): boolean => CONTINUATION[previous].some((w) => text.includes(w));

export const TEMPLATE_SIGNS: Record<TemplateId, string[]> = {
  '2021': ['制发件数', '废止件数', '现行有效件数', '收费金额', '逾期不补正', '逾期未按收费通知'],
  '2019': ['新制作数量', '新公开数量', '对外公开总数量', '上一年项目数量', '增/减', '其他对外管理服务事项', '政府集中采购'],
};

/** 2021 unless the tables speak more of the 2019 template's words than of its own. */
export function detectTemplate(text: string): TemplateId {
  const score2021 = countIn(text, TEMPLATE_SIGNS['2021']);
  return countIn(text, TEMPLATE_SIGNS['2019'], score2021 + 1) > score2021 ? '2019' : '2021';
}
