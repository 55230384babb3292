// 部门预算 tables B01–B11 (spec §2): structure of the data, and the formulas it implies.
import type Decimal from 'decimal.js';
import { address } from '../src/domain/a1';
import { dec } from '../src/domain/amount';
import { computeFormulas } from '../src/domain/evaluate';
import { tableFormulas, type PlannedFormula } from '../src/domain/formulas';
import { planTable } from '../src/domain/insert';
import { cellAddress, layoutTable, type LayoutData, type TableLayout } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import type { CellRefSpec, ProfileSpec, RuleSpec, TableSpec, TermSpec } from '../src/domain/spec/types';
import { TABLES, tableSpec } from '../src/domain/tables';
import { B01 } from '../src/domain/tables/B01';
import { B02 } from '../src/domain/tables/B02';
import { B03 } from '../src/domain/tables/B03';
import { B04 } from '../src/domain/tables/B04';
import { B05 } from '../src/domain/tables/B05';
import { B06 } from '../src/domain/tables/B06';
import { B07 } from '../src/domain/tables/B07';
import { B08 } from '../src/domain/tables/B08';
import { B09 } from '../src/domain/tables/B09';
import { B10 } from '../src/domain/tables/B10';
import { B11 } from '../src/domain/tables/B11';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculatedValues } from './oracle/libreoffice';

const SPECS: Record<string, TableSpec> = { B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11 };
const IDS = Object.keys(SPECS);
const BUDGET_PROFILES = ['central-budget-2025', 'hebei-budget-2020'].map((id) => profile(id)!);
const SEED: LayoutData = { codes: { codeRows: ['2012901', '2012902', '2080505', '2101101', '2210201'] } };
/** The seed codes plus economic 款 for B06's region, so that its 类 rows are generated too. */
const SEED_ECON: LayoutData = { codes: { ...SEED.codes, econRows: ['30101', '30102', '30201', '30217', '30302'] } };

const cases: Array<[string, string, ProfileSpec, TableSpec]> = BUDGET_PROFILES.flatMap((p) => IDS.map((id) => [p.id, id, p, SPECS[id]] as [string, string, ProfileSpec, TableSpec]));

function formulaAt(layout: TableLayout, row: string, col: string): PlannedFormula {
  const a = cellAddress(layout, { row, col });
  const f = tableFormulas(layout).find((x) => x.address === a);
  if (!f) throw new Error(`${layout.spec.id}: no formula in ${row}.${col} (${a})`);
  return f;
}

function sumTerms(f: PlannedFormula): Array<[string, number]> {
  if (f.meaning.kind !== 'sum') throw new Error(`${f.address} is not a sum`);
  return f.meaning.terms.map((t) => [t.address, t.sign]);
}

/** Structural faults of a spec's rules on a layout: unknown rows, groups, blocks or columns. */
function ruleProblems(spec: TableSpec, layout: TableLayout): string[] {
  const problems: string[] = [];
  const colKeys = new Set(spec.columns.map((c) => c.key));
  const blockIds = new Set(spec.blocks.map((b) => b.id));
  const cell = (rule: RuleSpec, ref: CellRefSpec) => {
    if (!layout.rowByKey[ref.row]) return problems.push(`${rule.id}: row ${ref.row}`);
    if (ref.col && !colKeys.has(ref.col)) return problems.push(`${rule.id}: column ${ref.col}`);
    const block = spec.blocks.find((b) => b.id === layout.rowByKey[ref.row].block)!;
    const col = ref.col ?? block.amountColumns[0];
    if (!col || !block.amountColumns.includes(col)) problems.push(`${rule.id}: ${ref.row}.${col} is not an amount cell of block ${block.id}`);
    return 0;
  };
  const terms = (rule: RuleSpec, ts: TermSpec[]) => {
    for (const t of ts) {
      if ('group' in t) {
        if (!layout.groups[t.group]?.length) problems.push(`${rule.id}: group ${t.group}`);
        else for (const row of layout.groups[t.group]) cell(rule, { row, ...(t.col ? { col: t.col } : {}) });
      } else cell(rule, t);
    }
  };
  for (const rule of spec.rules) {
    if (rule.severity !== 'error') problems.push(`${rule.id}: severity ${rule.severity}`);
    if (rule.description.split(' = ').length !== 2) problems.push(`${rule.id}: description「${rule.description}」`);
    if (!/^(B(0[1-9]|1\d|2[01])|P01)$/.test(rule.id)) problems.push(`${rule.id}: not an identity id of spec §4.4/§4.5`);
    switch (rule.type) {
      case 'sum':
        cell(rule, rule.target);
        terms(rule, rule.terms);
        if (rule.terms.length === 0) problems.push(`${rule.id}: no terms`);
        break;
      case 'equal':
        terms(rule, rule.left);
        terms(rule, rule.right);
        break;
      case 'share':
        [rule.target, rule.part, rule.whole].forEach((r) => cell(rule, r));
        break;
      case 'rowSum': {
        const rows = rule.rows === 'all' ? layout.rows : layout.rows.filter((r) => r.group === rule.rows || r.block === rule.rows);
        if (rule.rows !== 'all' && !blockIds.has(rule.rows) && !layout.groups[rule.rows]) problems.push(`${rule.id}: rows ${rule.rows}`);
        if (rows.length === 0) problems.push(`${rule.id}: rows ${rule.rows} is empty`);
        for (const r of rows) for (const col of [rule.target, ...rule.terms.map((t) => t.col)]) cell(rule, { row: r.key, col });
        break;
      }
      case 'hierarchy': {
        const region = spec.blocks.flatMap((b) => b.head).find((h) => 'codeRegion' in h && h.group === rule.group);
        if (!region || !('codeRegion' in region) || region.classification === 'none') problems.push(`${rule.id}: hierarchy over ${rule.group}`);
        if (rule.total && !layout.rowByKey[rule.total]) problems.push(`${rule.id}: total ${rule.total}`);
        for (const r of layout.groups[rule.group] ?? []) for (const col of rule.columns) cell(rule, { row: r, col });
        break;
      }
    }
  }
  return problems;
}

describe('B01–B11 resolve', () => {
  it.each(IDS)('%s is registered, a budget table, and listed by both budget profiles', (id) => {
    expect(tableSpec(id)).toBe(SPECS[id]);
    expect(TABLES[id].id).toBe(id);
    expect(SPECS[id].kind).toBe('budget');
    expect(SPECS[id].title.length).toBeGreaterThan(0);
    for (const p of BUDGET_PROFILES) expect(p.tables).toContain(id);
  });

  it('titles are distinct', () => {
    expect(new Set(IDS.map((id) => SPECS[id].title)).size).toBe(IDS.length);
  });
});

describe.each(cases)('%s %s', (_p, _id, prof, spec) => {
  const layout = layoutTable(spec, prof.layout, SEED_ECON);

  it('lays out, plans formulas and a sheet without throwing, every formula inside the body', () => {
    expect(() => layoutTable(spec, prof.layout)).not.toThrow();
    expect(() => tableFormulas(layoutTable(spec, prof.layout, SEED))).not.toThrow();
    const formulas = tableFormulas(layout);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(f.address)!;
      expect(Number(row)).toBeGreaterThanOrEqual(layout.bodyTop);
      expect(Number(row)).toBeLessThanOrEqual(layout.bodyBottom);
      expect(layout.columns.some((c) => address(1, c.index).replace(/\d+$/, '') === letters)).toBe(true);
      expect(f.formula.startsWith('=')).toBe(true);
    }
    const plan = planTable(layout, spec.id);
    expect(plan.cells.some((c) => c.value === spec.title)).toBe(true);
  });

  it('columns, blocks and rows are well formed', () => {
    const keys = spec.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const used: string[] = [];
    for (const b of spec.blocks) {
      expect(keys).toContain(b.labelColumn);
      for (const c of b.amountColumns) expect(keys).toContain(c);
      for (const h of b.head) {
        if ('codeRegion' in h) {
          expect(keys).toContain(h.codeColumn);
          expect(keys).toContain(h.nameColumn);
        }
      }
      used.push(b.labelColumn, ...b.amountColumns);
    }
    expect(new Set(used).size).toBe(used.length); // no column serves two blocks or two roles
    const rowKeys = layout.rows.map((r) => r.key);
    expect(new Set(rowKeys).size).toBe(rowKeys.length);
    const cells = layout.rows.map((r) => `${r.row}:${r.block}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('rules reference existing rows, groups and columns', () => {
    expect(ruleProblems(spec, layout)).toEqual([]);
    expect(spec.rules.length).toBeGreaterThan(0);
  });

  it('header cells stay inside the table and cover the header once, placeholders filled', () => {
    const covered = new Map<string, number>();
    for (const h of layout.header) {
      expect(h.text).not.toMatch(/[{}]/);
      expect(h.col).toBeGreaterThanOrEqual(1);
      expect(h.colSpan).toBeGreaterThanOrEqual(1);
      expect(h.rowSpan).toBeGreaterThanOrEqual(1);
      expect(h.col + h.colSpan - 1).toBeLessThanOrEqual(layout.lastCol);
      expect(h.row).toBeGreaterThanOrEqual(layout.headerTop);
      expect(h.row + h.rowSpan - 1).toBeLessThanOrEqual(layout.headerBottom);
      for (let r = h.row; r < h.row + h.rowSpan; r++)
        for (let c = h.col; c < h.col + h.colSpan; c++) covered.set(`${r},${c}`, (covered.get(`${r},${c}`) ?? 0) + 1);
    }
    for (let r = layout.headerTop; r <= layout.headerBottom; r++)
      for (let c = 1; c <= layout.lastCol; c++) expect([`${r},${c}`, covered.get(`${r},${c}`)]).toEqual([`${r},${c}`, 1]);
  });
});

describe('B01 部门收支总表', () => {
  it.each([['central-budget-2025', 26], ['hebei-budget-2020', 24]] as const)('%s: %i 类 rows, 收入总计 and 支出总计 on the last row', (pid, n) => {
    const l = layoutTable(B01, profile(pid)!.layout);
    expect(l.groups.classRows).toHaveLength(n);
    expect(l.rowByKey.b_exp_c201).toMatchObject({ label: '一、一般公共服务支出', block: 'expenditure', row: l.bodyTop });
    expect(l.rowByKey.b_exp_c208.label).toBe('八、社会保障和就业支出');
    expect(l.rowByKey.b_inc_total).toMatchObject({ label: '收入总计', row: l.bodyBottom, block: 'income' });
    expect(l.rowByKey.b_exp_total).toMatchObject({ label: '支出总计', row: l.bodyBottom, block: 'expenditure' });
    expect(l.header.map((h) => h.text)).toEqual(['收入', '支出', '项目', '预算数', '项目', '预算数']);
    const first = l.rowByKey[l.groups.classRows[0]].row;
    const last = l.rowByKey[l.groups.classRows[n - 1]].row;
    expect(formulaAt(l, 'b_exp_year', 'R_amt').formula).toBe(`=SUM(D${first}:D${last})`);
    expect(formulaAt(l, 'b_inc_year', 'L_amt').formula).toBe(`=SUM(B${l.rowByKey.b_inc_gpb.row}:B${l.rowByKey.b_inc_oth.row})`);
    expect(sumTerms(formulaAt(l, 'b_inc_total', 'L_amt'))).toEqual(['b_inc_year', 'b_inc_nfs', 'b_inc_bcf'].map((r) => [`B${l.rowByKey[r].row}`, 1]));
    expect(sumTerms(formulaAt(l, 'b_exp_total', 'R_amt'))).toEqual(['b_exp_year', 'b_exp_cf'].map((r) => [`D${l.rowByKey[r].row}`, 1]));
    expect(B01.rules).toContainEqual(expect.objectContaining({ type: 'equal', left: [{ row: 'b_inc_total' }], right: [{ row: 'b_exp_total' }] }));
  });
});

describe('B04 财政拨款收支总表', () => {
  it.each(BUDGET_PROFILES.map((p) => [p.id, p] as const))('%s: every 支出 row has 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算', (_id, p) => {
    const l = layoutTable(B04, p.layout);
    const rows = l.rows.filter((r) => r.block === 'expenditure');
    expect(rows.map((r) => r.key)).toEqual(['f_exp_year', ...l.groups.classRows, 'f_ecf', 'f_exp_total']);
    const c = (k: string) => l.colIndex[k];
    for (const r of rows) {
      const f = formulaAt(l, r.key, 'R_total');
      expect(sumTerms(f)).toEqual(['R_gpb', 'R_gf', 'R_soc'].map((k) => [address(r.row, c(k)), 1]));
      expect(f.formula).toBe(`=SUM(${address(r.row, c('R_gpb'))}:${address(r.row, c('R_soc'))})`);
    }
    // Left side: 本年收入 / 上年结转 = their three funds, 收入总计 = both.
    const L = (k: string) => `B${l.rowByKey[k].row}`;
    expect(sumTerms(formulaAt(l, 'f_inc_year', 'L_amt'))).toEqual(['f_inc_gpb', 'f_inc_gf', 'f_inc_soc'].map((k) => [L(k), 1]));
    expect(sumTerms(formulaAt(l, 'f_bcf', 'L_amt'))).toEqual(['f_bcf_gpb', 'f_bcf_gf', 'f_bcf_soc'].map((k) => [L(k), 1]));
    expect(sumTerms(formulaAt(l, 'f_inc_total', 'L_amt'))).toEqual([[L('f_inc_year'), 1], [L('f_bcf'), 1]]);
    // Each fund column: 本年支出 = Σ 类, 支出总计 = 本年支出 + 结转下年.
    for (const col of ['R_gpb', 'R_gf', 'R_soc']) {
      expect(sumTerms(formulaAt(l, 'f_exp_year', col))).toEqual(l.groups.classRows.map((k) => [address(l.rowByKey[k].row, c(col)), 1]));
      expect(sumTerms(formulaAt(l, 'f_exp_total', col))).toEqual(['f_exp_year', 'f_ecf'].map((k) => [address(l.rowByKey[k].row, c(col)), 1]));
    }
    expect(l.rowByKey.f_inc_total.row).toBe(l.rowByKey.f_exp_total.row);
  });
});

describe('B05 一般公共预算支出表', () => {
  const l = layoutTable(B05, profile('central-budget-2025')!.layout, SEED);
  const a = (col: string) => cellAddress(l, { row: 'total', col });

  it('prints the ratio column 本年预算数为上年执行数的% and guards its zero denominator', () => {
    expect(l.header.map((h) => h.text)).toContain('本年预算数为上年执行数的%');
    const f = formulaAt(l, 'total', 'ratio');
    expect(f.meaning).toEqual({ kind: 'share', part: a('c_total'), whole: a('p_total') });
    expect(f.formula).toBe(`=IF(SUM(${a('p_total')})=0,0,ROUND(SUM(${a('c_total')})/SUM(${a('p_total')})*100,2))`);
  });

  it('computes the ratio from the 项 rows and gives 0, not an error, when 上年执行数 is 0', () => {
    const formulas = tableFormulas(l);
    const item = (code: string, col: string) => cellAddress(l, { row: `c${code}`, col });
    const inputs: Record<string, Decimal> = {
      [item('2012901', 'c_basic')]: dec('100'), [item('2012901', 'c_proj')]: dec('25.5'),
      [item('2080505', 'c_basic')]: dec('10'),
    };
    expect(computeFormulas(formulas, inputs)[a('ratio')].toFixed(2)).toBe('0.00');
    inputs[item('2012901', 'p_basic')] = dec('90');
    inputs[item('2101101', 'p_proj')] = dec('30');
    const v = computeFormulas(formulas, inputs);
    expect(v[a('c_total')].toFixed(2)).toBe('135.50');
    expect(v[a('p_total')].toFixed(2)).toBe('120.00');
    expect(v[a('ratio')].toFixed(2)).toBe('112.92');
  });

  it('小计 = 基本支出 + 项目支出 in each year, and the hierarchy covers the amount columns but not the ratio', () => {
    for (const r of l.rows) {
      for (const p of ['p', 'c']) {
        const f = formulaAt(l, r.key, `${p}_total`);
        if (r.code && !r.leaf) continue; // 类/款 rows: the hierarchy formula wins
        if (r.key === 'total') continue;
        expect(sumTerms(f)).toEqual([`${p}_basic`, `${p}_proj`].map((k) => [cellAddress(l, { row: r.key, col: k }), 1]));
      }
    }
    const h = B05.rules.find((r) => r.type === 'hierarchy');
    expect(h && h.type === 'hierarchy' && h.columns).toEqual(['p_total', 'p_basic', 'p_proj', 'c_total', 'c_basic', 'c_proj']);
    expect(formulaAt(l, 'c201', 'c_basic').formula).toMatch(/^=SUMPRODUCT\(/);
  });
});

describe('B06 一般公共预算基本支出表', () => {
  const l = layoutTable(B06, profile('hebei-budget-2020')!.layout, SEED_ECON);
  it('economic 类 rows named from the catalog, 类 = Σ款, 合计 = Σ类, 合计 = 人员经费 + 公用经费', () => {
    expect(l.groups.econRows).toEqual(['c301', 'c30101', 'c30102', 'c302', 'c30201', 'c30217', 'c303', 'c30302']);
    expect(l.rowByKey.c301.label).toBe('工资福利支出');
    expect(l.rowByKey.c302.label).toBe('商品和服务支出');
    const v = computeFormulas(tableFormulas(l), {
      [cellAddress(l, { row: 'c30101', col: 'b_staff' })]: dec('10'),
      [cellAddress(l, { row: 'c30102', col: 'b_staff' })]: dec('5.25'),
      [cellAddress(l, { row: 'c30201', col: 'b_public' })]: dec('2'),
      [cellAddress(l, { row: 'c30302', col: 'b_staff' })]: dec('1'),
    });
    const at = (row: string, col: string) => v[cellAddress(l, { row, col })].toFixed(2);
    expect(at('c301', 'b_staff')).toBe('15.25');
    expect(at('total', 'b_staff')).toBe('16.25');
    expect(at('total', 'b_public')).toBe('2.00');
    expect(at('total', 'b_total')).toBe('18.25');
    expect(at('c30101', 'b_total')).toBe('10.00');
  });
});

describe('B07 一般公共预算“三公”经费支出表', () => {
  const l = layoutTable(B07, profile('central-budget-2025')!.layout);
  const a = (col: string) => cellAddress(l, { row: 'total', col });

  it.each(['p', 'c'])('year block %s: 合计 = 出国 + 车小计 + 接待, 小计 = 购置 + 运行', (p) => {
    expect(sumTerms(formulaAt(l, 'total', `${p}_total`))).toEqual([`${p}_abroad`, `${p}_car`, `${p}_recept`].map((k) => [a(k), 1]));
    expect(sumTerms(formulaAt(l, 'total', `${p}_car`))).toEqual([`${p}_carBuy`, `${p}_carRun`].map((k) => [a(k), 1]));
  });

  it('增减额 = 本年 − 上年 and 增减率 guards a zero 上年', () => {
    expect(sumTerms(formulaAt(l, 'total', 'd_total'))).toEqual([[a('c_total'), 1], [a('p_total'), -1]]);
    expect(formulaAt(l, 'total', 'd_rate').formula).toBe(`=IF(SUM(${a('p_total')})=0,0,ROUND(SUM(${a('d_total')})/SUM(${a('p_total')})*100,2))`);
    const f = tableFormulas(l);
    const v = computeFormulas(f, {
      [a('p_abroad')]: dec(1), [a('p_carBuy')]: dec(2), [a('p_carRun')]: dec(3), [a('p_recept')]: dec(4),
      [a('c_abroad')]: dec(2), [a('c_carRun')]: dec('3.5'), [a('c_recept')]: dec('6.5'),
    });
    expect([v[a('p_total')], v[a('c_car')], v[a('c_total')], v[a('d_total')], v[a('d_rate')]].map((x) => x.toFixed(2))).toEqual(['10.00', '3.50', '12.00', '2.00', '20.00']);
    expect(computeFormulas(f, { [a('c_abroad')]: dec(1) })[a('d_rate')].toFixed(2)).toBe('0.00');
  });

  it('header: two year blocks of six columns with the 公务用车 小计 split', () => {
    const texts = l.header.map((h) => h.text);
    expect(texts.filter((t) => t === '公务用车购置及运行费')).toHaveLength(2);
    expect(texts).toEqual(expect.arrayContaining(['上年预算数', '本年预算数', '增减额', '增减率（%）', '小计', '公务用车购置费', '公务用车运行费']));
    expect(l.header.find((h) => h.text === '上年预算数')).toMatchObject({ col: 2, colSpan: 6 });
    expect(l.header.find((h) => h.text === '本年预算数')).toMatchObject({ col: 8, colSpan: 6 });
  });
});

describe('B10 and B11: uncoded regions', () => {
  it('B10: 合计 row = Σ projects in every amount column, each project 合计 = its sources', () => {
    const l = layoutTable(B10, profile('central-budget-2025')!.layout, SEED);
    expect(l.groups.projRows).toHaveLength(10);
    expect(l.rows.filter((r) => r.group === 'projRows').every((r) => !r.code && r.label === '')).toBe(true);
    for (const col of ['j_total', 'j_gpb', 'j_bcf']) {
      expect(sumTerms(formulaAt(l, 'total', col))).toEqual(l.groups.projRows.map((k) => [cellAddress(l, { row: k, col }), 1]));
    }
    const first = l.groups.projRows[0];
    expect(sumTerms(formulaAt(l, first, 'j_total'))).toEqual(['j_gpb', 'j_bcf'].map((col) => [cellAddress(l, { row: first, col }), 1]));
  });

  it('B11: 年度资金总额 = 财政拨款 + 其他资金 beside the indicator rows', () => {
    const l = layoutTable(B11, profile('hebei-budget-2020')!.layout, SEED);
    expect(l.groups.projectRows).toHaveLength(1);
    expect(l.groups.indicatorRows.length).toBeGreaterThanOrEqual(9);
    const p = l.groups.projectRows[0];
    expect(l.rowByKey[p].row).toBe(l.bodyTop);
    expect(sumTerms(formulaAt(l, p, 'f_total'))).toEqual(['f_fin', 'f_oth'].map((col) => [cellAddress(l, { row: p, col }), 1]));
    expect(tableFormulas(l)).toHaveLength(1);
    const bottom = l.header.filter((h) => h.row === l.headerBottom).map((h) => h.text);
    expect(bottom).toEqual(['年度资金总额', '其中：财政拨款', '其他资金', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
  });
});

describe('LibreOffice: B06 economic hierarchy and B05 ratio with a zero denominator', () => {
  jest.setTimeout(180_000);
  it('recalculates to the decimal.js values, 0 (not #DIV/0!) where 上年执行数 is 0', async () => {
    const p = profile('central-budget-2025')!;
    const b06 = layoutTable(B06, p.layout, SEED_ECON);
    const b05 = layoutTable(B05, p.layout, SEED);
    const in06: Record<string, Decimal> = {
      [cellAddress(b06, { row: 'c30101', col: 'b_staff' })]: dec('10.01'),
      [cellAddress(b06, { row: 'c30102', col: 'b_staff' })]: dec('5.25'),
      [cellAddress(b06, { row: 'c30217', col: 'b_public' })]: dec('0.39'),
      [cellAddress(b06, { row: 'c30302', col: 'b_staff' })]: dec('1'),
    };
    const in05: Record<string, Decimal> = { [cellAddress(b05, { row: 'c2012901', col: 'c_basic' })]: dec('7.5') };
    const wb = new XlsxWorkbook();
    for (const [id, l, inputs] of [['B06', b06, in06], ['B05', b05, in05]] as const) {
      const plan = planTable(l, id);
      plan.cells.push(...Object.entries(inputs).map(([a, v]) => ({ address: a, value: v.toNumber() })));
      await wb.apply({ description: id, sheets: [plan] });
    }
    const got = await recalculatedValues(await wb.toBuffer());
    for (const [id, l, inputs] of [['B06', b06, in06], ['B05', b05, in05]] as const) {
      const want = computeFormulas(tableFormulas(l), inputs);
      for (const [a, v] of Object.entries(want)) {
        const g = got[id][a];
        expect({ a, v: typeof g === 'number' ? dec(g).toFixed(2) : g }).toEqual({ a, v: v.toFixed(2) });
      }
    }
    expect(got.B06[cellAddress(b06, { row: 'total', col: 'b_total' })]).toBeCloseTo(16.65, 9);
    expect(got.B05[cellAddress(b05, { row: 'total', col: 'ratio' })]).toBe(0);
  });
});

describe('B01 row alignment', () => {
  it('本年支出合计 faces 本年收入合计, 结转下年 faces 上年结转, 支出总计 faces 收入总计', () => {
    const { layoutTable } = require('../src/domain/spec/layout');
    const { B01 } = require('../src/domain/tables/B01');
    const { profile } = require('../src/domain/spec/profiles');
    const l = layoutTable(B01, profile('central-budget-2025').layout);
    expect(l.rowByKey.b_exp_year.row).toBe(l.rowByKey.b_inc_year.row);
    expect(l.rowByKey.b_exp_cf.row).toBe(l.rowByKey.b_inc_bcf.row);
    expect(l.rowByKey.b_exp_total.row).toBe(l.rowByKey.b_inc_total.row);
  });
});
