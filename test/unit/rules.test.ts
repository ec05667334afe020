// Every rule of REPORT-FORMAT.md: a report that fires it, and a near-miss that must not.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib';
import { auditHtml } from '../support/audit-html';
import { cleanModel, renderReport, type ReportModel } from '../support/synthetic';

function findings(change: (m: ReportModel) => void, template: '2021' | '2019' = '2021'): Finding[] {
  const model = cleanModel(template);
  change(model);
  return auditHtml(renderReport(model)).audit.findings;
}
const pick = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const only = (fs: Finding[]) => fs.map((f) => `${f.rule}|${f.table ?? ''}|${f.row ?? ''}|${f.column ?? ''}`);

describe('a clean report', () => {
  it.each(['2021', '2019'] as const)('%s template: no findings at all', (t) => {
    expect(findings(() => {}, t)).toEqual([]);
  });
});

describe('row-sum', () => {
  it('fires on the total cell of the row, with the arithmetic in words', () => {
    const fs = findings((m) => (m.requests['1'][6] = '37'));
    const [f] = pick(fs, 'row-sum');
    expect(f).toMatchObject({ severity: 'error', table: 'requests', row: '1', column: 'total', expected: 36, actual: 37 });
    expect(f.message).toContain('总计 37 ≠ 31+3+2');
    expect(f.message_en).toContain('total 37 ≠ 31+3+2');
    // the same wrong total breaks the column of totals too: column-sum does not see row 1, balance does
    expect(only(fs)).toEqual(['row-sum|requests|1|total', 'balance|requests|4|total']);
  });
  it('near-miss: full-width digits, thousands separators and units still add up', () => {
    const fs = findings((m) => {
      m.requests['1'] = ['３１', '3件', '0', ' 0 ', '2', '0', '３６'];
    });
    expect(fs).toEqual([]);
    const big = findings((m) => {
      m.requests['1'] = ['1,000', '0', '0', '0', '0', '0', '1,000'];
      m.requests['4'] = ['972', '1', '0', '0', '1', '0', '974'];
    });
    expect(pick(big, 'row-sum')).toEqual([]);
  });
});

describe('column-sum', () => {
  it('fires on 3.7 of the column', () => {
    const fs = findings((m) => {
      m.requests['3.7'][0] = '33';
      m.requests['3.7'][6] = '38';
      m.requests['4'][0] = '1';
      m.requests['4'][6] = '2';
    });
    expect(only(fs)).toEqual(['column-sum|requests|3.7|natural', 'column-sum|requests|3.7|total']);
    expect(pick(fs, 'column-sum')).toMatchObject([{ expected: 32, actual: 33 }, { expected: 37, actual: 38 }]);
  });
  it('near-miss: a blank leaf counts as 0 and is reported once', () => {
    const fs = findings((m) => (m.requests['3.3.1'][0] = ''));
    expect(only(fs)).toEqual(['cell-missing|requests|3.3.1|natural']);
  });
});

describe('balance', () => {
  it('fires on row 4 when 1 + 2 ≠ 3.7 + 4', () => {
    const fs = findings((m) => {
      m.requests['4'][1] = '2';
      m.requests['4'][6] = '4';
    });
    expect(only(fs)).toEqual(['balance|requests|4|commercial', 'balance|requests|4|total']);
    expect(pick(fs, 'balance')[0]).toMatchObject({ expected: 1, actual: 2 });
  });
  it('near-miss: the 2019 template with its single 其他处理 row balances', () => {
    expect(findings((m) => (m.requests['3.6'] = ['0', '0', '0', '0', '0', '0', '0']), '2019')).toEqual([]);
  });
});

describe('appeal-sum', () => {
  it('fires on the group total', () => {
    const fs = findings((m) => (m.appeals[4] = '3'));
    expect(only(fs)).toEqual(['appeal-sum|appeals||review.total']);
    expect(fs[0]).toMatchObject({ expected: 2, actual: 3 });
  });
  it('near-miss: blank litigation cells are warnings, not sum errors', () => {
    const fs = findings((m) => m.appeals.fill('', 10));
    expect(fs.every((f) => f.rule === 'cell-missing' && f.severity === 'warning')).toBe(true);
    expect(fs).toHaveLength(5);
  });
});

describe('cell-missing and cell-invalid', () => {
  it.each(['', '—', '/', '无', '-'])('placeholder %j is a blank cell', (text) => {
    expect(only(findings((m) => (m.requests['3.3.2'][2] = text)))).toEqual(['cell-missing|requests|3.3.2|research']);
  });
  it.each([
    ['若干', 'text'],
    ['-1', 'negative'],
    ['2.5', 'fraction'],
  ])('%j is invalid and suspends the sums it is part of', (text) => {
    const fs = findings((m) => {
      m.requests['1'][0] = text;
      m.requests['1'][6] = '99';
    });
    // row 1's total is wrong too, but row 1 cannot be summed: only the invalid cell is reported
    expect(only(fs)).toEqual(['cell-invalid|requests|1|natural', 'balance|requests|4|total']);
    expect(fs[0]).toMatchObject({ severity: 'error', actual: text });
  });
  it('near-miss: a negative 本年增/减 and a decimal amount are valid in the 2019 template', () => {
    expect(
      findings((m) => {
        m.active.licensing = ['5', '-2', '3'];
        m.active.procurement = ['32', '513555.45'];
      }, '2019'),
    ).toEqual([]);
  });
  it('a 元 amount in the 万元 column is an info', () => {
    const fs = findings((m) => (m.active.admin_fees = ['251000元']));
    expect(fs).toMatchObject([{ rule: 'label-mismatch', severity: 'info', table: 'active', row: 'admin_fees', column: 'fees_10k_yuan' }]);
    expect(findings((m) => (m.active.admin_fees = ['1.5万元']))).toEqual([]);
  });
});

describe('row-missing', () => {
  it('fires for a deleted requests row, and the sums that need it stay quiet', () => {
    const fs = findings((m) => m.dropRows.push('3.5.2'));
    expect(only(fs)).toEqual(['row-missing|requests|3.5.2|']);
  });
  it('near-miss: a reworded label is recognised with an info', () => {
    const fs = findings((m) => (m.labels['3.4.1'] = '1.本机关没有掌握相关的政府信息'));
    expect(fs).toMatchObject([{ rule: 'label-mismatch', severity: 'info', table: 'requests', row: '3.4.1' }]);
    const unlabelled = findings((m) => (m.labels['3.5.2'] = ''));
    expect(unlabelled).toMatchObject([{ rule: 'label-mismatch', severity: 'info', table: 'requests', row: '3.5.2' }]);
  });
});

describe('section-missing, table-missing, template-outdated, fee statement', () => {
  it('a missing section is an error, a reworded one an info', () => {
    expect(only(findings((m) => (m.headings[4] = null)))).toEqual(['section-missing|||']);
    const reworded = findings((m) => (m.headings[4] = '五、存在的问题及下步工作打算'));
    expect(reworded).toMatchObject([{ rule: 'label-mismatch', severity: 'info', section: 5 }]);
    expect(findings((m) => (m.headings[4] = '五、 存在的主要问题及改进情况'))).toEqual([]);
  });
  it('a missing table is an error; the other tables are still checked', () => {
    const fs = findings((m) => {
      m.tables.appeals = false;
      m.requests['1'][6] = '37';
    });
    expect(only(fs)).toContain('table-missing|appeals||');
    expect(only(fs)).toContain('row-sum|requests|1|total');
  });
  it('the 2019 template in a 2021+ report is outdated; in 2020 it is not', () => {
    expect(only(findings((m) => (m.year = 2022), '2019'))).toEqual(['template-outdated|||']);
    expect(findings((m) => (m.year = 2020), '2019')).toEqual([]);
  });
  it('section 六 must say whether fees were charged', () => {
    expect(only(findings((m) => (m.feeStatement = false)))).toEqual(['fee-statement-missing|||']);
  });
});
