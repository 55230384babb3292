// The checks on the real 普陀 2024 决算 (tests/fixtures): as published, in our templates and
// re-laid as finance-software exports. Every identity that holds passes; the document's own
// 0.01 differences are 尾差 (提示), never 错误; seeded inconsistencies are reported with their cells.
import { runChecks } from '../src/domain/checks';
import type { Finding } from '../src/domain/findings';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { PUTUO_2024, putuoExportWorkbook, putuoTemplateWorkbook, type PutuoExportOptions } from './fixtures/putuo2024';

/** A finding without where it is: what must not change when the tables are re-laid. */
const gist = (f: Finding) => `${f.rule} ${f.severity} ${f.actual} ${f.expected} ${f.difference}${f.cells.length ? '' : ' (no cells)'}`;
const gists = (s: WorkbookSnapshot) => runChecks(s).findings.map(gist).sort();

const RELAID: Array<[string, PutuoExportOptions]> = [
  ['as exported', {}],
  ['split 类|款|项, 合计 at the bottom, blank rows, sheets 表1…, 公开0N表', { splitCodes: true, totalAtBottom: true, blankRows: true, sheetNames: 'biao', publicNo: true }],
];

/** Builds both workbooks with some published numbers changed, then restores them. */
async function seeded(change: () => void): Promise<{ template: WorkbookSnapshot; exports: WorkbookSnapshot[]; yuan: WorkbookSnapshot }> {
  const saved = JSON.stringify(PUTUO_2024);
  change();
  try {
    return {
      template: await putuoTemplateWorkbook(),
      exports: await Promise.all(RELAID.map(([, o]) => putuoExportWorkbook(o))),
      yuan: await putuoExportWorkbook({ unit: 'yuan', splitCodes: true, totalAtBottom: true, blankRows: true }),
    };
  } finally {
    Object.assign(PUTUO_2024, JSON.parse(saved));
  }
}

describe('普陀 2024 as published', () => {
  let template: WorkbookSnapshot;
  beforeAll(async () => {
    template = await putuoTemplateWorkbook();
  });

  it('recognises all nine tables and reports only the document\'s own 0.01 differences, as 尾差', () => {
    const r = runChecks(template);
    expect(r.tables.map((t) => t.table)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09a']);
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(r.findings.map((f) => f.message)).toEqual([
      '收入决算表·合计·本年收入合计 2,946.25 ≠ 各类之和 2,946.26，相差 -0.01（尾差）',
      '收入决算表·合计·财政拨款收入 2,940.05 ≠ 各类之和 2,940.06，相差 -0.01（尾差）',
      '支出决算表·合计·本年支出合计 2,940.05 ≠ 各类之和 2,940.06，相差 -0.01（尾差）',
      '支出决算表·合计·基本支出 2,336.91 ≠ 各类之和 2,336.92，相差 -0.01（尾差）',
      '一般公共预算财政拨款支出决算表·合计·小计 2,940.05 ≠ 各类之和 2,940.06，相差 -0.01（尾差）',
      '一般公共预算财政拨款支出决算表·合计·基本支出 2,336.91 ≠ 各类之和 2,336.92，相差 -0.01（尾差）',
      '一般公共预算财政拨款基本支出决算表·301 工资福利支出·金额 2,082.85 ≠ 其下各款之和 2,082.86，相差 -0.01（尾差）',
      '一般公共预算财政拨款基本支出决算表·302 商品和服务支出·金额 171.07 ≠ 其下各款之和 171.09，相差 -0.02（尾差）',
      '208 收入支出决算总表·八、社会保障和就业支出 326.71 ≠ 支出决算表·社会保障和就业支出·本年支出合计 326.72，相差 -0.01（尾差）',
      '208 财政拨款收入支出决算总表·八、社会保障和就业支出·一般公共预算财政拨款 326.71 ≠ 一般公共预算财政拨款支出决算表·社会保障和就业支出·小计 326.72，相差 -0.01（尾差）',
    ]);
  });

  it.each(RELAID)('re-laid as an export (%s) gives the same findings', async (_n, options) => {
    expect(gists(await putuoExportWorkbook(options))).toEqual(gists(template));
  });

  it('in 元 (every amount ×10,000, so whole hundreds of 元) the findings are the same, 尾差 included', async () => {
    const yuan = runChecks(await putuoExportWorkbook({ unit: 'yuan', splitCodes: true, totalAtBottom: true, blankRows: true }));
    expect(yuan.tables.every((t) => t.unit === 'yuan')).toBe(true);
    expect(yuan.findings.map(gist).sort()).toEqual(gists(template));
    expect(yuan.findings.every((f) => f.message.includes('已换算为万元'))).toBe(true);
  });

  it('a 元 table with figures to the 元 is exact: there 1 元 off is an error, not 尾差', async () => {
    const wb = await putuoExportWorkbook({ unit: 'yuan' });
    const t06 = wb.sheets.find((s) => s.values[0][0] === '一般公共预算财政拨款基本支出决算表')!;
    const r = t06.values.findIndex((row) => row.includes('30101'));
    const c = t06.values[r].indexOf('30101') + 2;
    (t06.values[r][c] as number) += 1; // 元 precision now, and 301 no longer adds up by 1 元 more
    const d28 = runChecks(wb).findings.filter((f) => f.rule === 'D28' && f.message.includes('301 '));
    expect(d28.map((f) => [f.severity, f.difference])).toEqual([['error', '-0.0101']]);
  });
});

describe('普陀 2024 with seeded inconsistencies', () => {
  it('T04 卫生健康支出 typed as 61.99 in 一般公共预算 but 60.99 in 合计: row, column and cross-table findings', async () => {
    const wbs = await seeded(() => {
      const row = PUTUO_2024.T04.classes.find((c) => c.code === '210')!;
      row.gpb = '61.99';
    });
    const r = runChecks(wbs.template);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['D14', 'D16', 'D25']);
    const d25 = errors.find((f) => f.rule === 'D25')!;
    expect(d25.message).toBe('210 财政拨款收入支出决算总表·九、卫生健康支出·一般公共预算财政拨款 61.99 ≠ 一般公共预算财政拨款支出决算表·卫生健康支出·小计 60.99，相差 1.00（不一致）');
    expect(d25.cells.map((c) => c.sheet)).toEqual(['财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表']);
    for (const w of wbs.exports) expect(gists(w)).toEqual(gists(wbs.template));
    const yuanErrors = runChecks(wbs.yuan).findings.filter((f) => f.difference === '1.00' || f.difference === '-1.00').map((f) => f.rule).sort();
    expect(yuanErrors).toEqual(['D14', 'D16', 'D25']);
  });

  it('T06 公用经费合计 typed as 185.65: the table\'s own D29 and 基本支出 across tables (D27)', async () => {
    const wbs = await seeded(() => {
      PUTUO_2024.T06.pub_total = '185.65';
    });
    const errors = runChecks(wbs.template).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.difference])).toEqual([['D29', '1.00'], ['D27', '-1.00']]);
    expect(errors[1].cells.map((c) => c.sheet)).toEqual(['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算表']);
    for (const w of wbs.exports) expect(gists(w)).toEqual(gists(wbs.template));
  });
});

describe('tables missing from an export', () => {
  it('are named against the set the found tables belong to (here Shanghai 2024), not reported when complete', async () => {
    const wb = await putuoExportWorkbook({ sheetNames: 'biao' });
    expect(runChecks(wb).missing).toEqual([]);
    wb.sheets = wb.sheets.filter((s) => s.values[0][0] !== '一般公共预算财政拨款基本支出决算表');
    const r = runChecks(wb);
    expect(r.missing).toEqual(['T06']);
    // The identities needing the missing table are skipped, never reported against blanks.
    expect(r.findings.filter((f) => f.rule === 'D27' || f.rule === 'D33')).toEqual([]);
  });
});
