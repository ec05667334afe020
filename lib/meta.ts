// Who published the report, for which year, and when.
import { normalizeText } from './normalize';
import { isSectionHeading } from './sections';

export interface MetaHints {
  /** document.title, <h1>, <meta name="ArticleTitle"> … in order of trust */
  titles?: string[];
  /** <meta name="PubDate"> and the like */
  published?: string[];
  /** <meta name="ContentSource"> / 发布机构 fields */
  publishers?: string[];
}

export interface Meta {
  title: string | null;
  year: number | null;
  agency: string | null;
  published: string | null;
}

const REPORT_TITLE = /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const YEAR = /(20\d{2})\s*年度?/;
const SIGNATURE_DATE = /^(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const LABELLED_DATE = /(?:发布日期|发布时间|发文日期|公开日期)\s*[:：]?\s*(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
// "时间：2024-03-08 15:34" under a CMS page's title; not 成文日期 (written), not 更新时间 (edited)
const BARE_DATE = /(?<![\u3400-\u9fff])(?:时间|日期)\s*[:：]\s*(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const ISO_DATE = /(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const PUBLISHER = /(?:发布机构|发文机关|信息来源|来源)\s*[:：]\s*([\u3400-\u9fff（）()]{2,30})/;
const BODY_SUFFIX = /(?:人民政府|办事处|委员会|管理委员会|局|厅|办公室|中心|政府|镇|乡|街道|区|县|市)$/;

function firstMatch(texts: string[], pattern: RegExp): RegExpExecArray | null {
  for (const text of texts) {
    const m = pattern.exec(text);
    if (m && m[1]) return m;
  }
  return null;
}

const iso = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The report's title: a line naming the report (one with its year first), joined with the agency line above it when split. */
function findTitle(lines: string[], hints: string[]): string | null {
  const candidates = hints
    .flatMap((hint) => normalizeText(hint).split(/[_|｜>»]|\s[-–—]\s/))
    .map((part) => part.trim())
    .filter((part) => REPORT_TITLE.test(part) && part.length <= 80);
  const fromHints = candidates.find((c) => YEAR.test(c)) ?? candidates[0];
  if (fromHints && YEAR.test(fromHints)) return fromHints;
  const head = lines.slice(0, 40);
  const i = head.findIndex((l) => REPORT_TITLE.test(l) && YEAR.test(l) && l.length <= 80);
  if (i < 0) return fromHints ?? head.find((l) => REPORT_TITLE.test(l) && l.length <= 80 && !l.includes('>')) ?? null;
  const above = lines[i - 1];
  const startsWithYear = /^20\d{2}\s*年/.test(lines[i]) && !/^20\d{2}\s*年度?\S{0,20}?(?:人民政府|办事处|镇|乡|街道|局|委员会)/.test(lines[i]);
  return startsWithYear && above && above.length <= 30 && BODY_SUFFIX.test(above) ? above + lines[i] : lines[i];
}

function agencyFromTitle(title: string): string | null {
  const name = title
    .replace(REPORT_TITLE, '')
    .replace(YEAR, '')
    .replace(/[《》“”"]/g, '')
    .trim();
  return name.length >= 2 ? name : null;
}

/** A signature near the end ("盐边县惠民镇人民政府") gives the full name the title shortened. */
function signature(lines: string[], short: string | null): string | null {
  const tail = lines.slice(-6).filter((l) => l.length <= 30 && BODY_SUFFIX.test(l) && !/[。，,:：]/.test(l));
  const full = tail.find((l) => (short ? l.startsWith(short) : true));
  return full ?? null;
}

/** Where the report's body begins: a bare "时间：" before it is the page's, after it the report's own. */
const firstHeading = (lines: string[]): number => {
  const i = lines.findIndex(isSectionHeading);
  return i < 0 ? lines.length : i;
};

/** A line that only signs or dates the report: not content of the section it ends. */
export const isSignatureOrDate = (line: string): boolean =>
  SIGNATURE_DATE.test(line) || (line.length <= 30 && BODY_SUFFIX.test(line) && !/[。，,:：]/.test(line));

export function extractMeta(lines: string[], hints: MetaHints = {}): Meta {
  const title = findTitle(lines, hints.titles ?? []);
  const yearMatch = title ? YEAR.exec(title) : null;
  const short = title ? agencyFromTitle(title) : null;
  // the hints come raw from the page's <meta>; the lines are normalised already
  const publisher = firstMatch((hints.publishers ?? []).map(normalizeText), PUBLISHER)?.[1] ?? firstMatch(lines.slice(0, 30), PUBLISHER)?.[1] ?? null;
  const agency = signature(lines, short) ?? short ?? publisher ?? signature(lines, null);
  let published: string | null = null;
  for (const text of hints.published ?? []) {
    const m = ISO_DATE.exec(text);
    if (m) {
      published = iso(m[1], m[2], m[3]);
      break;
    }
  }
  if (!published) {
    const labelled = firstMatch(lines, LABELLED_DATE) ?? firstMatch(lines.slice(0, firstHeading(lines)), BARE_DATE);
    const signed = lines.slice(-8).map((l) => SIGNATURE_DATE.exec(l)).filter(Boolean).pop();
    const m = labelled ?? signed;
    if (m) published = iso(m[1], m[2], m[3]);
  }
  return { title, year: yearMatch ? Number(yearMatch[1]) : null, agency, published };
}
