// The fast paths of normalisation and label matching, held to their plain definitions on
// thousands of seeded random inputs: a shortcut that changes an answer fails here.
import { describe, expect, it } from 'vitest';
import { compactOf, LabelIndex, labelSimilarity, MATCH_THRESHOLD } from '../../lib/match';
import { normalizeText } from '../../lib/normalize';
import { looksNumeric } from '../../lib/number';
import { classifyTable, detectTemplate, TABLE_KEYWORDS, TEMPLATE_SIGNS } from '../../lib/classify';
import { REQUEST_ROWS } from '../../lib/template';
import { Random } from '../support/random';

/** The definition: NFKC, runs of white space to one space, none beside CJK, none at the ends. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');
const definition = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').replace(NEAR_CJK, '').trim();

const PIECES = ['0', '12', '０', '％', ' ', '  ', '\n  ', '\t', '\u00a0', '\u3000', '\ufeff', '自', '然人', '（一）', '，', '：', 'ａ', '１２', '“', '”', '‘', 'A', 'b-c', '—', '¨', '①', '㈠', '〃', '.', '元'];
const randomText = (r: Random): string => Array.from({ length: r.int(9) }, () => r.pick(PIECES)).join('');

describe('normalizeText', () => {
  it('folds white space in one pass exactly as its definition does (5,000 seeded texts)', () => {
    for (let seed = 0; seed < 5000; seed++) {
      const text = randomText(new Random(seed));
      expect(normalizeText(text), JSON.stringify(text)).toBe(definition(text));
    }
  });
  it('is idempotent', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const once = normalizeText(randomText(new Random(seed)));
      expect(normalizeText(once)).toBe(once);
    }
  });
});

describe('LabelIndex', () => {
  const labels = REQUEST_ROWS['2021'].map((r) => r.label);
  const index = new LabelIndex(labels, (l) => [l]);
  /** The definition: the highest similarity at or over the threshold, the first of equals. */
  const bruteForce = (text: string) => {
    let best: { item: string; score: number } | undefined;
    for (const label of labels) {
      const score = labelSimilarity(text, label);
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { item: label, score };
    }
    return best;
  };
  it('finds what comparing with every label finds, pruning aside (3,000 seeded labels)', () => {
    const r = new Random(7);
    for (let i = 0; i < 3000; i++) {
      // a template label cut, padded or with characters changed, or a random one
      const base = r.pick(labels);
      const cut = base.slice(r.int(4), base.length - r.int(6));
      const text = r.chance(0.2) ? randomText(r) : r.chance(0.5) ? cut : cut.replace(/[\u4e00-\u9fff]/, () => r.pick(['的', '开', '申']));
      expect(index.best(text), text).toEqual(bruteForce(text));
    }
  });
  it('matches exactly through numbering, punctuation and spaces', () => {
    expect(index.exact('三、（一） 予以公开')).toBe('（一）予以公开');
    expect(index.exact('予以公开啊')).toBeUndefined();
    expect(compactOf(' 3. 其他 ')).toBe('其他');
  });
});

describe('looksNumeric', () => {
  /** The definition: folded and without white space, a number once one trailing unit is cut off. */
  const UNITS = ['万元', '元', '件', '项', '个', '次'];
  const definition = (text: string): boolean => {
    let compact = text.normalize('NFKC').replace(/\s/g, '');
    const unit = UNITS.find((u) => compact.endsWith(u) && compact.length > u.length);
    if (unit) compact = compact.slice(0, -unit.length);
    return /^[+-]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(compact);
  };
  const NUMBER_PIECES = ['0', '12', '1,000', '.5', '-', '+', ' ', '\u3000', '１', '，', '万', '元', '万元', '件', '次', '\u{2F8EF}', '属于', '.', '（', '一', 'a'];
  it('gives what its definition gives, fast paths aside (5,000 seeded texts)', () => {
    for (let seed = 0; seed < 5000; seed++) {
      const r = new Random(seed);
      const text = Array.from({ length: 1 + r.int(6) }, () => r.pick(NUMBER_PIECES)).join('');
      expect(looksNumeric(text), JSON.stringify(text)).toBe(definition(text));
    }
  });
});

describe('detectTemplate', () => {
  /** The definition: 2019 when its words outnumber the 2021 template's in the text. */
  const count = (text: string, words: string[]) => words.filter((w) => text.includes(w)).length;
  const definition = (text: string) => (count(text, TEMPLATE_SIGNS['2019']) > count(text, TEMPLATE_SIGNS['2021']) ? '2019' : '2021');
  it('stops counting early without changing an answer (3,000 seeded texts)', () => {
    const pieces = [...TEMPLATE_SIGNS['2021'], ...TEMPLATE_SIGNS['2019'], '件数', '数量', '其他'];
    for (let seed = 0; seed < 3000; seed++) {
      const r = new Random(seed);
      const text = Array.from({ length: r.int(12) }, () => r.pick(pieces)).join('|');
      expect(detectTemplate(text), text).toBe(definition(text));
    }
  });
});

describe('classifyTable', () => {
  /** The definition: the one kind whose keywords the text holds most of, at least two of them. */
  const definition = (text: string) => {
    const scores = Object.entries(TABLE_KEYWORDS).map(([key, words]) => [key, words.filter((w) => text.includes(w)).length] as const);
    const top = Math.max(...scores.map(([, n]) => n));
    const best = scores.filter(([, n]) => n === top);
    return top >= 2 && best.length === 1 ? best[0][0] : undefined;
  };
  it('stops counting a kind that can no longer tie without changing an answer (3,000 seeded texts)', () => {
    const pieces = Object.values(TABLE_KEYWORDS).flat();
    for (let seed = 0; seed < 3000; seed++) {
      const r = new Random(seed);
      const text = Array.from({ length: r.int(16) }, () => r.pick(pieces)).join('|');
      expect(classifyTable(text), text).toBe(definition(text));
    }
  });
});
