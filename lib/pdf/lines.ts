// Glyphs → lines → paragraphs. PDFs of Chinese text often draw every character as its own item,
// in any order: lines are rebuilt from positions (baselines that overlap vertically), left to right.
import type { Glyph } from './geometry';

export interface Line {
  glyphs: Glyph[];
  text: string;
  x0: number;
  x1: number;
  /** baseline and font size (the largest on the line) */
  y: number;
  size: number;
}

/** a gap wider than this share of the font size between two glyphs is a space (Latin words, numbers apart) */
const SPACE = 0.25;

/** CJK radicals some fonts map their ideographs to (⼆ for 二, ⻆ for 角): NFKC folds the Kangxi block, these it leaves. */
const RADICALS: Record<string, string> = {
  '\u2ea0': '民', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed0': '钅',
  '\u2ed3': '长', '\u2ed4': '门', '\u2ed7': '雨', '\u2ed8': '青', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞',
  '\u2edd': '食', '\u2ee0': '饣', '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤',
  '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾', '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙',
};
const RADICALS_SUPPLEMENT = /[\u2e80-\u2eff]/g;
const ANY_RADICAL = /[\u2e80-\u2fdf]/;
const foldRadicals = (text: string): string => (ANY_RADICAL.test(text) ? text.normalize('NFKC').replace(RADICALS_SUPPLEMENT, (c) => RADICALS[c] ?? c) : text);

function joined(glyphs: Glyph[]): string {
  let text = '';
  let end = -Infinity;
  for (const g of glyphs) {
    if (text && g.x - end > g.size * SPACE) text += ' ';
    text += g.text;
    end = g.x + g.width;
  }
  return foldRadicals(text);
}

/** The glyphs in lines, top to bottom, each left to right. */
export function linesOf(glyphs: Glyph[]): Line[] {
  const sorted = glyphs.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Glyph[][] = [];
  for (const g of sorted) {
    const last = groups[groups.length - 1];
    // the same line: baselines closer than half the font size (superscripts and mixed fonts stay on it)
    if (last && Math.abs(last[0].y - g.y) < Math.max(last[0].size, g.size) * 0.5) last.push(g);
    else groups.push([g]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    return {
      glyphs: group,
      text: joined(group),
      x0: group[0].x,
      x1: Math.max(...group.map((g) => g.x + g.width)),
      y: group[0].y,
      size: Math.max(...group.map((g) => g.size)),
    };
  });
}

/** "一、…", "（二）…": a heading starts its own paragraph, however long the line before it */
const NUMBERED_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）])/;

/**
 * Lines → paragraphs: a line that runs to the right edge of the text continues into the next one
 * when that one follows at the usual spacing and is not indented.
 */
export function paragraphsOf(lines: Line[]): Line[][] {
  if (!lines.length) return [];
  const right = Math.max(...lines.map((l) => l.x1));
  const left = Math.min(...lines.map((l) => l.x0));
  const out: Line[][] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const continues =
      previous &&
      previous.x1 >= right - previous.size * 1.5 &&
      previous.y - line.y < previous.size * 2.2 &&
      line.x0 - left < line.size * 0.8 &&
      Math.abs(line.size - previous.size) < 1 &&
      !NUMBERED_HEADING.test(line.text);
    if (continues) out[out.length - 1].push(line);
    else out.push([line]);
    previous = line;
  }
  return out;
}
