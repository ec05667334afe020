import { describe, expect, it } from 'vitest';
import { parseCell, unitConflict } from '../../lib/number';
import { compactLabel, normalizeText } from '../../lib/normalize';

describe('parseCell', () => {
  it.each([
    ['0', 0],
    ['１２', 12],
    [' 1,234 ', 1234],
    ['\u00a036\u00a0', 36],
    ['12件', 12],
    ['3 项', 3],
    ['１，０００', 1000],
  ])('%j → %d', (raw, value) => {
    expect(parseCell(raw, 'count')).toMatchObject({ status: 'number', value });
  });
  it.each(['', ' ', '—', '——', '-', '/', '／', '无'])('%j is blank', (raw) => {
    expect(parseCell(raw, 'count').status).toBe('blank');
  });
  it.each(['若干', '-1', '2.5', '1,23', '12人次', '3-4'])('%j is invalid in a count', (raw) => {
    expect(parseCell(raw, 'count').status).toBe('invalid');
  });
  it('signed and decimal columns take what counts refuse', () => {
    expect(parseCell('-2', 'signed').value).toBe(-2);
    expect(parseCell('513555.45', 'decimal').value).toBe(513555.45);
    expect(parseCell('251000元', 'decimal').value).toBe(251000);
  });
  it('a unit that contradicts the column is noted', () => {
    expect(unitConflict('251000元', '万元')).toBe('元');
    expect(unitConflict(' 251,000 元', '万元')).toBe('元');
    expect(unitConflict('25.1万元', '万元')).toBeUndefined();
    expect(unitConflict('25.1', '万元')).toBeUndefined();
  });
});

describe('normalizeText / compactLabel', () => {
  it('drops the spaces Word puts between CJK characters and folds full-width forms', () => {
    expect(normalizeText('自 然 人')).toBe('自然人');
    expect(normalizeText('三、 本年度办 理结果')).toBe('三、本年度办理结果');
    expect(normalizeText('（一）予以公开')).toBe('(一)予以公开');
  });
  it('reduces labels to their words', () => {
    expect(compactLabel('（三）不予公开')).toBe('不予公开');
    expect(compactLabel('3. 其他')).toBe('其他');
    expect(compactLabel('危及“三安全一稳定”')).toBe('危及三安全一稳定');
  });
});
