// T06 一般公共预算财政拨款基本支出决算表 (公开06表), spec §1.6 and §6.3–6.4. Data only.
// Shanghai layout: two blocks side by side, 人员经费 (301, 303) | 公用经费 (302, 310), each a
// fixed list printed even when zero, each closed by its 合计 row (bottom-aligned).
// Footer: Shanghai 2024 template (shared/peer-samples).
import type { TableSpec } from '../spec/types';

/** 人员经费: 301 工资福利支出 and 303 对个人和家庭的补助 with their 款 (spec §1.6 [SRC]). */
export const PERSONNEL_CODES = [
  '301', '30101', '30102', '30103', '30106', '30107', '30108', '30109', '30110', '30111', '30112', '30113', '30114', '30199',
  '303', '30301', '30302', '30303', '30304', '30305', '30306', '30307', '30308', '30309', '30310', '30311', '30399',
];

/** 公用经费: 302 商品和服务支出 and 310 资本性支出 with their 款 (spec §1.6 [SRC]). */
export const PUBLIC_CODES = [
  '302', '30201', '30202', '30203', '30204', '30205', '30206', '30207', '30208', '30209', '30211', '30212', '30213',
  '30214', '30215', '30216', '30217', '30218', '30224', '30225', '30226', '30227', '30228', '30229', '30231', '30239',
  '30240', '30299',
  '310', '31001', '31002', '31003', '31007', '31013', '31019', '31021', '31022', '31099',
];

export const T06: TableSpec = {
  id: 'T06',
  kind: 'finalAccounts',
  title: '一般公共预算财政拨款基本支出决算表',
  publicNo: '公开06表',
  titleAliases: ['一般公共预算财政拨款基本支出决算明细表'],
  columns: [
    { key: 'per_code', kind: 'code', width: 12 },
    { key: 'per_name', kind: 'name', width: 28 },
    { key: 'per_amt', kind: 'amount', width: 14 },
    { key: 'pub_code', kind: 'code', width: 12 },
    { key: 'pub_name', kind: 'name', width: 28 },
    { key: 'pub_amt', kind: 'amount', width: 14 },
  ],
  labels: { amountLabel: '决算数' },
  header: [
    {
      cells: [
        { text: '经济分类科目编码', from: 'per_code' },
        { text: '科目名称', from: 'per_name' },
        { text: '{amountLabel}', from: 'per_amt' },
        { text: '经济分类科目编码', from: 'pub_code' },
        { text: '科目名称', from: 'pub_name' },
        { text: '{amountLabel}', from: 'pub_amt' },
      ],
    },
  ],
  blocks: [
    {
      id: 'personnel',
      labelColumn: 'per_code',
      amountColumns: ['per_amt'],
      head: [
        { codeRegion: true, classification: 'economic', group: 'personnelRows', codeColumn: 'per_code', nameColumn: 'per_name', blankRows: 0, fixedCodes: PERSONNEL_CODES },
      ],
      tail: [{ key: 'per_total', label: '人员经费合计' }],
    },
    {
      id: 'public',
      labelColumn: 'pub_code',
      amountColumns: ['pub_amt'],
      head: [
        { codeRegion: true, classification: 'economic', group: 'publicRows', codeColumn: 'pub_code', nameColumn: 'pub_name', blankRows: 0, fixedCodes: PUBLIC_CODES },
      ],
      tail: [{ key: 'pub_total', label: '公用经费合计' }],
    },
  ],
  rules: [
    {
      id: 'D28', type: 'hierarchy', fill: true, severity: 'error', group: 'personnelRows', columns: ['per_amt'],
      description: '人员经费各类 = 其下各款之和',
    },
    {
      id: 'D28', type: 'hierarchy', fill: true, severity: 'error', group: 'publicRows', columns: ['pub_amt'],
      description: '公用经费各类 = 其下各款之和',
    },
    {
      id: 'D29', type: 'sum', fill: true, severity: 'error',
      description: '人员经费合计 = 工资福利支出 + 对个人和家庭的补助',
      target: { row: 'per_total' },
      terms: [{ row: 'c301' }, { row: 'c303' }],
    },
    {
      id: 'D29', type: 'sum', fill: true, severity: 'error',
      description: '公用经费合计 = 商品和服务支出 + 资本性支出',
      target: { row: 'pub_total' },
      terms: [{ row: 'c302' }, { row: 'c310' }],
    },
  ],
  footer: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
};
