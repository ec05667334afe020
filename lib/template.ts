// The two mandated templates (REPORT-FORMAT.md). Labels are the template's own wording,
// used both to recognise rows and to measure how far a page's wording strays from it.

export type TemplateId = '2021' | '2019';
export type TableKey = 'active' | 'requests' | 'appeals';
export type ValueKind = 'count' | 'signed' | 'decimal';

export interface ColumnDef {
  key: string;
  label: string;
  kind: ValueKind;
  unit?: string;
}

export interface ActiveBlock {
  item: string; // 第二十条第（N）项
  columns: ColumnDef[];
  rows: { key: string; label: string; aliases?: string[] }[];
}

const count = (key: string, label: string): ColumnDef => ({ key, label, kind: 'count' });

const prevItems = count('prev_items', '上一年项目数量');
const change: ColumnDef = { key: 'change', label: '本年增/减', kind: 'signed' };
const decisions = count('decisions', '处理决定数量');

export const ACTIVE_BLOCKS: Record<TemplateId, ActiveBlock[]> = {
  '2021': [
    {
      item: '一',
      columns: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('in_force', '现行有效件数')],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normative_docs', label: '行政规范性文件', aliases: ['规范性文件'] },
      ],
    },
    { item: '五', columns: [count('decisions', '本年处理决定数量')], rows: [{ key: 'licensing', label: '行政许可' }] },
    {
      item: '六',
      columns: [count('decisions', '本年处理决定数量')],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      item: '八',
      columns: [{ key: 'fees_10k_yuan', label: '本年收费金额（单位：万元）', kind: 'decimal', unit: '万元' }],
      rows: [{ key: 'admin_fees', label: '行政事业性收费' }],
    },
  ],
  '2019': [
    {
      item: '一',
      columns: [count('made', '本年新制作数量'), count('published', '本年新公开数量'), count('total_public', '对外公开总数量')],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normative_docs', label: '规范性文件', aliases: ['行政规范性文件'] },
      ],
    },
    {
      item: '五',
      columns: [prevItems, change, decisions],
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'other_services', label: '其他对外管理服务事项' },
      ],
    },
    {
      item: '六',
      columns: [prevItems, change, decisions],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    { item: '八', columns: [prevItems, change], rows: [{ key: 'admin_fees', label: '行政事业性收费' }] },
    {
      item: '九',
      columns: [count('items', '采购项目数量'), { key: 'amount', label: '采购总金额', kind: 'decimal' }],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
};

export const REQUEST_COLUMNS: ColumnDef[] = [
  count('natural', '自然人'),
  count('commercial', '商业企业'),
  count('research', '科研机构'),
  count('nonprofit', '社会公益组织'),
  count('legal', '法律服务机构'),
  count('other', '其他'),
  count('total', '总计'),
];
export const APPLICANT_COLUMNS = REQUEST_COLUMNS.slice(0, 6).map((c) => c.key);

export interface RequestRowDef {
  key: string;
  label: string;
  /** the group heading the row sits under, if any: （三）不予公开 */
  group?: string;
}

const leaf = (key: string, label: string, group?: string): RequestRowDef => ({ key, label, group });

const REQUEST_ROWS_HEAD: RequestRowDef[] = [
  leaf('1', '一、本年新收政府信息公开申请数量'),
  leaf('2', '二、上年结转政府信息公开申请数量'),
  leaf('3.1', '（一）予以公开', '三、本年度办理结果'),
  leaf('3.2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '三、本年度办理结果'),
  ...[
    '属于国家秘密',
    '其他法律行政法规禁止公开',
    '危及“三安全一稳定”',
    '保护第三方合法权益',
    '属于三类内部事务信息',
    '属于四类过程性信息',
    '属于行政执法案卷',
    '属于行政查询事项',
  ].map((l, i) => leaf(`3.3.${i + 1}`, `${i + 1}.${l}`, '（三）不予公开')),
  ...['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'].map((l, i) =>
    leaf(`3.4.${i + 1}`, `${i + 1}.${l}`, '（四）无法提供'),
  ),
  ...[
    '信访举报投诉类申请',
    '重复申请',
    '要求提供公开出版物',
    '无正当理由大量反复申请',
    '要求行政机关确认或重新出具已获取信息',
  ].map((l, i) => leaf(`3.5.${i + 1}`, `${i + 1}.${l}`, '（五）不予处理')),
];

const REQUEST_ROWS_TAIL: RequestRowDef[] = [leaf('3.7', '（七）总计', '三、本年度办理结果'), leaf('4', '四、结转下年度继续办理')];

export const REQUEST_ROWS: Record<TemplateId, RequestRowDef[]> = {
  '2021': [
    ...REQUEST_ROWS_HEAD,
    ...[
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '其他',
    ].map((l, i) => leaf(`3.6.${i + 1}`, `${i + 1}.${l}`, '（六）其他处理')),
    ...REQUEST_ROWS_TAIL,
  ],
  '2019': [...REQUEST_ROWS_HEAD, leaf('3.6', '（六）其他处理', '三、本年度办理结果'), ...REQUEST_ROWS_TAIL],
};


export const APPEAL_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigation_direct', label: '未经复议直接起诉' },
  { key: 'litigation_after_review', label: '复议后起诉' },
] as const;
export const APPEAL_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export const APPEAL_CELLS: string[] = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.key}.${c.key}`));

export const SECTIONS = [
  { n: 1, heading: '一、总体情况', keywords: ['总体情况'] },
  { n: 2, heading: '二、主动公开政府信息情况', keywords: ['主动公开'] },
  { n: 3, heading: '三、收到和处理政府信息公开申请情况', keywords: ['收到和处理', '依申请', '公开申请'] },
  { n: 4, heading: '四、政府信息公开行政复议、行政诉讼情况', keywords: ['行政复议', '行政诉讼'] },
  { n: 5, heading: '五、存在的主要问题及改进情况', keywords: ['存在的主要问题', '存在的问题', '主要问题', '改进情况'] },
  { n: 6, heading: '六、其他需要报告的事项', keywords: ['其他需要报告', '其他事项'] },
] as const;

export const TABLE_SECTION: Record<TableKey, number> = { active: 2, requests: 3, appeals: 4 };
/** The tables in the order the report prints them. */
export const TABLE_ORDER: readonly TableKey[] = ['active', 'requests', 'appeals'];

/** A value derived from a template (an index of its labels), built on first use. */
export function perTemplate<T>(build: (template: TemplateId) => T): (template: TemplateId) => T {
  const built = new Map<TemplateId, T>();
  return (template) => {
    let value = built.get(template);
    if (value === undefined) built.set(template, (value = build(template)));
    return value;
  };
}

/** The rows whose sum must equal 3.7 (column-sum). */
export const resultLeaves = perTemplate((template): readonly string[] =>
  REQUEST_ROWS[template].map((r) => r.key).filter((k) => k.startsWith('3.') && k !== '3.7'),
);
