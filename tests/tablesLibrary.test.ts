// Structural tests of the table library (spec §1): every table a profile needs exists, its
// rules reference rows and columns that the layout has, headers stay inside the table, and
// the fixed data of the spec (class rows, T06 code lists, T07 pairs, total positions) is right.
import { parseAddress } from '../src/domain/a1';
import { tableFormulas } from '../src/domain/formulas';
import { cellAddress, expandTerms, layoutTable, type LayoutData, type TableLayout } from '../src/domain/spec/layout';
import { PROFILES, profile } from '../src/domain/spec/profiles';
import type { CellRefSpec, LayoutOptions, RuleSpec, TableSpec, TermSpec } from '../src/domain/spec/types';
import { TABLES } from '../src/domain/tables';

/** 项 codes of seed 000, as in tableFormulas.test.ts, so 款 and 类 rows are generated. */
const SAMPLE_DATA: LayoutData = {
  codes: { codeRows: ['2012901', '2012902', '2012999', '2050101', '2080505', '2089901', '2101101', '2210201'] },
};

const central = profile('central-final-2024')!;
const shanghai = profile('shanghai-final-2024')!;
const sichuan2020 = profile('sichuan-final-2020')!;

/** Every (profile, table) pair of the 决算 library: ids starting with T or SC (B* are the budget tables). */
const PAIRS = PROFILES.flatMap((p) => p.tables.filter((id) => /^(T|SC)/.test(id)).map((id) => [p.id, id, p.layout] as const));
/** The 决算 specs of the library (budget tables B* are tested with the budget work). */
const FINAL = Object.values(TABLES).filter((s) => /^(T|SC)/.test(s.id));
const LAYOUTS: Array<[string, LayoutOptions]> = PROFILES.map((p) => [p.id, p.layout]);

function blockOfRow(layout: TableLayout, row: string) {
  const r = layout.rowByKey[row];
  if (!r) throw new Error(`${layout.spec.id}: rule names row ${row}, which the layout does not have`);
  return layout.blocks.find((b) => b.id === r.block)!;
}

/** Resolves one cell reference and checks its column belongs to the row's block. */
function checkCell(layout: TableLayout, ref: CellRefSpec): void {
  const block = blockOfRow(layout, ref.row);
  if (ref.col !== undefined && !block.amountColumns.includes(ref.col)) {
    throw new Error(`${layout.spec.id}: column ${ref.col} is not an amount column of block ${block.id} (row ${ref.row})`);
  }
  if (ref.col === undefined && block.amountColumns.length !== 1) {
    throw new Error(`${layout.spec.id}: row ${ref.row} needs a column, block ${block.id} has ${block.amountColumns.length}`);
  }
  cellAddress(layout, ref);
}

function checkTerms(layout: TableLayout, terms: TermSpec[]): void {
  for (const t of terms) {
    if ('group' in t && !(layout.groups[t.group]?.length)) throw new Error(`${layout.spec.id}: group ${t.group} has no rows`);
  }
  for (const ref of expandTerms(layout, terms)) checkCell(layout, ref);
}

/** Every reference of a rule, fill or check-only, resolves in the layout. */
function checkRule(layout: TableLayout, rule: RuleSpec): void {
  const cols = new Set(layout.columns.map((c) => c.key));
  const amountCol = (c: string) => {
    if (!cols.has(c) || layout.columns.find((x) => x.key === c)!.kind !== 'amount') throw new Error(`${layout.spec.id}: ${rule.id} names column ${c}`);
  };
  switch (rule.type) {
    case 'sum':
      checkCell(layout, rule.target);
      checkTerms(layout, rule.terms);
      break;
    case 'equal':
      checkTerms(layout, rule.left);
      checkTerms(layout, rule.right);
      break;
    case 'share':
      [rule.target, rule.part, rule.whole].forEach((r) => checkCell(layout, r));
      break;
    case 'rowSum': {
      amountCol(rule.target);
      rule.terms.forEach((t) => amountCol(t.col));
      const rows = rule.rows === 'all' ? layout.rows : layout.rows.filter((r) => r.group === rule.rows || r.block === rule.rows);
      if (rows.length === 0) throw new Error(`${layout.spec.id}: ${rule.id} rows ${rule.rows} match nothing`);
      for (const r of rows) {
        const block = layout.blocks.find((b) => b.id === r.block)!;
        for (const c of [rule.target, ...rule.terms.map((t) => t.col)]) {
          if (!block.amountColumns.includes(c)) throw new Error(`${layout.spec.id}: ${rule.id} column ${c} is not in block ${block.id}`);
        }
      }
      break;
    }
    case 'hierarchy': {
      const rows = layout.rows.filter((r) => r.group === rule.group && r.code);
      if (rows.length === 0) throw new Error(`${layout.spec.id}: ${rule.id} group ${rule.group} has no coded rows`);
      const block = layout.blocks.find((b) => b.id === rows[0].block)!;
      for (const c of rule.columns) if (!block.amountColumns.includes(c)) throw new Error(`${layout.spec.id}: ${rule.id} column ${c}`);
      if (rule.total) {
        expect(layout.rowByKey[rule.total]?.block).toBe(block.id);
      }
      break;
    }
  }
}

describe('the 决算 table library', () => {
  it('resolves every T*/SC* table id of every profile, under its own id', () => {
    expect(PAIRS.length).toBeGreaterThan(40);
    const missing = PAIRS.filter(([, id]) => !TABLES[id]).map(([p, id]) => `${p}:${id}`);
    expect(missing).toEqual([]);
    for (const [id, spec] of Object.entries(TABLES)) expect(spec.id).toBe(id);
    expect(Object.keys(TABLES).filter((id) => /^(T|SC)/.test(id)).sort()).toEqual(['SC05', 'SC07', 'SC09', 'SC12', 'T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09a', 'T09b']);
  });

  describe.each(FINAL.map((s) => [s.id, s] as const))('%s', (_id, spec: TableSpec) => {
    it('has unique keys, and blocks that name existing columns', () => {
      const colKeys = spec.columns.map((c) => c.key);
      expect(new Set(colKeys).size).toBe(colKeys.length);
      const amountCols = spec.columns.filter((c) => c.kind === 'amount').map((c) => c.key);
      // Every amount column belongs to exactly one block; codes are text columns.
      expect(spec.blocks.flatMap((b) => b.amountColumns).sort()).toEqual([...amountCols].sort());
      for (const b of spec.blocks) {
        expect(colKeys).toContain(b.labelColumn);
        if (b.rowNoColumn) expect(spec.columns.find((c) => c.key === b.rowNoColumn)).toMatchObject({ kind: 'rowNo', rowNumbersOnly: true });
        for (const h of b.head) {
          if ('codeRegion' in h) {
            expect(spec.columns.find((c) => c.key === h.codeColumn)?.kind).toBe('code');
            expect(spec.columns.find((c) => c.key === h.nameColumn)?.kind).toBe('name');
          }
        }
      }
      for (const c of spec.columns) if (c.kind === 'rowNo') expect(c.rowNumbersOnly).toBe(true);
      for (const [, options] of LAYOUTS) {
        const l = layoutTable(spec, options, SAMPLE_DATA);
        const keys = l.rows.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    });

    it('has rules with spec ids, 「左边 = 右边」 descriptions and severity error', () => {
      expect(spec.rules.length).toBeGreaterThan(0);
      for (const r of spec.rules) {
        expect(r.id).toMatch(/^D\d\d$/);
        expect(r.severity).toBe('error');
        // T03's hierarchy text (合计 = Σ类，类 = Σ款，款 = Σ项) predates this library and has three.
        if (!(spec.id === 'T03' && r.type === 'hierarchy')) expect(r.description.split(' = ')).toHaveLength(2);
      }
      // Every written value is a fill rule; balances of two computed sides are checks only.
      expect(spec.rules.some((r) => 'fill' in r && r.fill)).toBe(true);
    });

    it.each(LAYOUTS)('in %s: every rule resolves, formulas are planned, headers stay inside the table', (_p, options) => {
      const l = layoutTable(spec, options, SAMPLE_DATA);
      for (const rule of spec.rules) checkRule(l, rule);
      const formulas = tableFormulas(l);
      expect(formulas.length).toBeGreaterThan(0);
      // Formulas only in amount cells of the body.
      const amountCols = new Set(l.columns.filter((c) => c.kind === 'amount').map((c) => c.index));
      for (const f of formulas) {
        const { row, col } = parseAddress(f.address);
        expect(row).toBeGreaterThanOrEqual(l.bodyTop);
        expect(row).toBeLessThanOrEqual(l.bodyBottom);
        expect(amountCols.has(col)).toBe(true);
      }
      // Header cells: inside the table, no two covering the same cell, every cell covered.
      const covered = new Map<string, string>();
      for (const h of l.header) {
        expect(h.col).toBeGreaterThanOrEqual(1);
        expect(h.col + h.colSpan - 1).toBeLessThanOrEqual(l.lastCol);
        expect(h.row).toBeGreaterThanOrEqual(l.headerTop);
        expect(h.row + h.rowSpan - 1).toBeLessThanOrEqual(l.headerBottom);
        for (let r = h.row; r < h.row + h.rowSpan; r++)
          for (let c = h.col; c < h.col + h.colSpan; c++) {
            const k = `${r},${c}`;
            expect({ cell: k, by: covered.get(k) }).toEqual({ cell: k, by: undefined });
            covered.set(k, h.text);
          }
      }
      // Every header cell is covered, except blanks beside 栏次 (the 科目名称 column).
      const colNoRows = new Set(l.header.filter((h) => h.text === '栏次').map((h) => h.row));
      for (let r = l.headerTop; r <= l.headerBottom; r++) {
        if (colNoRows.has(r)) continue;
        for (let c = 1; c <= l.lastCol; c++) expect({ r, c, covered: covered.has(`${r},${c}`) }).toEqual({ r, c, covered: true });
      }
      // 栏次 rows only where the layout prints row numbers.
      const hasColNo = spec.header.some((h) => h.colNoRow);
      expect(l.header.some((h) => h.text === '栏次')).toBe(options.rowNumbers && hasColNo && spec.columns.some((c) => c.kind !== 'amount'));
    });
  });
});

describe('T02 收入决算表 and the coded tables', () => {
  it('T02 columns carry the spec keys, row balance D06 and hierarchy D07', () => {
    const l = layoutTable(TABLES.T02, central.layout, SAMPLE_DATA);
    expect(l.columns.map((c) => c.key)).toEqual(['code', 'name', 'c_total', 'c_fin', 'c_sup', 'c_biz', 'c_op', 'c_aff', 'c_oth']);
    expect(l.header.filter((h) => h.row === l.headerBottom).map((h) => h.text)).toEqual(['栏次', '1', '2', '3', '4', '5', '6', '7']);
    const f = new Map(tableFormulas(l).map((x) => [x.address, x]));
    const item = l.rowByKey.c2012901.row;
    expect(f.get(`C${item}`)!.formula).toBe(`=SUM(D${item}:I${item})`);
    expect(f.get(`C${l.rowByKey.total.row}`)!.rule).toBe('D07');
    expect(l.rowByKey.total.row).toBe(l.bodyTop);
  });

  it.each(['T02', 'T03', 'T05', 'T08', 'T09a', 'T09b'])('%s: function codes are a "codeRows" region with a 合计 row', (id) => {
    const l = layoutTable(TABLES[id], central.layout, SAMPLE_DATA);
    expect(l.groups.codeRows).toContain('c201');
    expect(l.groups.codeRows).toContain('c2012901');
    expect(l.rowByKey.total.label).toBe('合计');
  });

  it('Shanghai prints the 合计 row of T05 (and T02, T03, T08, T09a) last; central first', () => {
    for (const id of ['T05', 'T02', 'T03', 'T08', 'T09a']) {
      const sh = layoutTable(TABLES[id], shanghai.layout, SAMPLE_DATA);
      expect(sh.rowByKey.total.row).toBe(sh.bodyBottom);
      expect(sh.rowByKey.c201.row).toBe(sh.bodyTop);
      const ce = layoutTable(TABLES[id], central.layout, SAMPLE_DATA);
      expect(ce.rowByKey.total.row).toBe(ce.bodyTop);
    }
    const sh = layoutTable(TABLES.T05, shanghai.layout, SAMPLE_DATA);
    const f = new Map(tableFormulas(sh).map((x) => [x.address, x.formula]));
    const top = sh.bodyTop;
    const last = sh.bodyBottom - 1;
    expect(f.get(`C${sh.bodyBottom}`)).toBe(`=SUMPRODUCT((LEN($A$${top}:$A$${last})=3)*C$${top}:C$${last})`);
    expect(f.get(`C${sh.rowByKey.c2012901.row}`)).toBe(`=SUM(D${sh.rowByKey.c2012901.row}:E${sh.rowByKey.c2012901.row})`);
  });

  it('T08/T09a: 本年支出小计 is written, 年末 = 年初 + 本年收入 − 本年支出小计 is checked only', () => {
    for (const id of ['T08', 'T09a']) {
      const spec = TABLES[id];
      expect(spec.columns.map((c) => c.key)).toEqual(['code', 'name', 'bcf', 'inc', 'e_total', 'e_basic', 'e_proj', 'ecf']);
      const balance = spec.rules.find((r) => r.type === 'rowSum' && r.target === 'ecf');
      expect(balance).toMatchObject({ fill: false, terms: [{ col: 'bcf' }, { col: 'inc' }, { col: 'e_total', sign: -1 }] });
      expect(spec.rules.every((r) => r.id === (id === 'T08' ? 'D34' : 'D35'))).toBe(true);
      const l = layoutTable(spec, central.layout, SAMPLE_DATA);
      const item = l.rowByKey.c2012901.row;
      const f = new Map(tableFormulas(l).map((x) => [x.address, x.formula]));
      expect(f.get(`E${item}`)).toBe(`=SUM(F${item}:G${item})`);
      expect(f.has(`H${item}`)).toBe(false); // 年末 of a 项 row is data
    }
  });
});

describe('T04 财政拨款收入支出决算总表', () => {
  const l = layoutTable(TABLES.T04, central.layout);

  it('has 26 class rows in full2024 (24 in the Shanghai template) and 32 rows per side', () => {
    expect(l.groups.classRows).toHaveLength(26);
    expect(layoutTable(TABLES.T04, shanghai.layout).groups.classRows).toHaveLength(24);
    expect(l.bodyBottom - l.bodyTop + 1).toBe(32);
    expect(l.columns.map((c) => c.key)).toEqual(['L_item', 'L_row', 'L_amt', 'R_item', 'R_row', 'tot', 'gpb', 'gf', 'soc']);
  });

  it('aligns 本年合计, 结转和结余 and 总计 on both sides; 行次 1…32 and 33…64', () => {
    const row = (k: string) => l.rowByKey[k].row;
    expect(row('f_inc_year')).toBe(row('f_exp_year'));
    expect(row('f_bcf')).toBe(row('f_ecf'));
    expect(row('f_inc_total')).toBe(row('f_exp_total'));
    expect(row('f_inc_total')).toBe(l.bodyBottom);
    expect(row('f_exp_c201')).toBe(l.bodyTop);
  });

  it('writes the left sums, the class-row balance, the column sums and 年末 合计; checks the balances', () => {
    const f = new Map(tableFormulas(l).map((x) => [x.address, x]));
    const r = (k: string) => l.rowByKey[k].row;
    expect(f.get(`C${r('f_inc_year')}`)!.formula).toBe(`=SUM(C${r('f_inc_gpb')}:C${r('f_inc_soc')})`);
    expect(f.get(`C${r('f_bcf')}`)!.formula).toBe(`=SUM(C${r('f_bcf_gpb')}:C${r('f_bcf_soc')})`);
    expect(f.get(`C${r('f_inc_total')}`)!.formula).toBe(`=SUM(C${r('f_inc_year')}:C${r('f_bcf')})`);
    expect(f.get(`F${r('f_exp_c205')}`)!.formula).toBe(`=SUM(G${r('f_exp_c205')}:I${r('f_exp_c205')})`);
    expect(f.get(`F${r('f_ecf')}`)!.formula).toBe(`=SUM(G${r('f_ecf')}:I${r('f_ecf')})`);
    for (const c of ['F', 'G', 'H', 'I']) {
      expect(f.get(`${c}${r('f_exp_year')}`)!.formula).toBe(`=SUM(${c}${r('f_exp_c201')}:${c}${r('f_exp_c234')})`);
      expect(f.get(`${c}${r('f_exp_total')}`)!.formula).toBe(`=SUM(${c}${r('f_exp_year')}:${c}${r('f_ecf')})`);
    }
    // No formula in the blank alignment rows, nor in inputs.
    for (const k of ['f_exp_pad1', 'f_exp_pad2', 'f_exp_pad3', 'f_inc_gpb', 'f_bcf_gf']) {
      for (const c of ['C', 'F', 'G', 'H', 'I']) if (l.rowByKey[k].block === (c === 'C' ? 'income' : 'expenditure')) expect(f.has(`${c}${r(k)}`)).toBe(false);
    }
    const equal = TABLES.T04.rules.filter((x) => x.type === 'equal');
    expect(equal.map((x) => x.id).sort()).toEqual(['D14', 'D14', 'D17', 'D18', 'D18', 'D18']);
    expect(TABLES.T04.rules.find((x) => x.id === 'D18' && x.description.startsWith('政府性基金'))).toMatchObject({
      left: [{ row: 'f_inc_gf' }, { row: 'f_bcf_gf' }],
      right: [{ row: 'f_exp_year', col: 'gf' }, { row: 'f_ecf', col: 'gf' }],
    });
  });
});

describe('T06 一般公共预算财政拨款基本支出决算表', () => {
  const PERSONNEL = [
    '301', '30101', '30102', '30103', '30106', '30107', '30108', '30109', '30110', '30111', '30112', '30113', '30114', '30199',
    '303', '30301', '30302', '30303', '30304', '30305', '30306', '30307', '30308', '30309', '30310', '30311', '30399',
  ];
  const PUBLIC = [
    '302', '30201', '30202', '30203', '30204', '30205', '30206', '30207', '30208', '30209', '30211', '30212', '30213', '30214',
    '30215', '30216', '30217', '30218', '30224', '30225', '30226', '30227', '30228', '30229', '30231', '30239', '30240', '30299',
    '310', '31001', '31002', '31003', '31007', '31013', '31019', '31021', '31022', '31099',
  ];

  it.each(LAYOUTS)('in %s lists exactly the 301/303 and 302/310 codes of spec §1.6, named from the catalog', (_p, options) => {
    const l = layoutTable(TABLES.T06, options);
    const codes = (block: string) => l.rows.filter((r) => r.block === block && r.code).map((r) => r.code);
    expect(codes('personnel')).toEqual(PERSONNEL);
    expect(codes('public')).toEqual(PUBLIC);
    expect(l.rows.every((r) => !r.code || r.label !== '')).toBe(true);
    expect(l.rowByKey.c30217.label).toBe('公务接待费');
  });

  it('closes each block with its 合计 on the same bottom row; 合计 = 301 + 303 and 302 + 310; 类 = Σ款', () => {
    const l = layoutTable(TABLES.T06, shanghai.layout);
    expect(l.rowByKey.per_total).toMatchObject({ row: l.bodyBottom, label: '人员经费合计' });
    expect(l.rowByKey.pub_total).toMatchObject({ row: l.bodyBottom, label: '公用经费合计' });
    const f = new Map(tableFormulas(l).map((x) => [x.address, x]));
    const r = (k: string) => l.rowByKey[k].row;
    expect(f.get(`C${l.bodyBottom}`)!.formula).toBe(`=SUM(C${r('c301')},C${r('c303')})`);
    expect(f.get(`F${l.bodyBottom}`)!.formula).toBe(`=SUM(F${r('c302')},F${r('c310')})`);
    expect(f.get(`C${r('c301')}`)!.formula).toBe(`=SUMPRODUCT((LEN($A$${r('c30101')}:$A$${r('c303')})=5)*(LEFT($A$${r('c30101')}:$A$${r('c303')},3)=$A$${r('c301')})*C$${r('c30101')}:C$${r('c303')})`);
    expect(f.get(`F${r('c310')}`)!.rule).toBe('D28');
    expect([...f.values()].filter((x) => x.rule === 'D28')).toHaveLength(4);
    expect(f.has(`C${r('c30101')}`)).toBe(false);
  });
});

describe('T07 财政拨款“三公”经费支出决算表', () => {
  const ORDER = ['total', 'abroad', 'car', 'car_buy', 'car_run', 'recep'].flatMap((k) => [`${k}_bud`, `${k}_act`]);

  it('has one data row and 12 amount columns in the Shanghai 预算数/决算数 order', () => {
    const l = layoutTable(TABLES.T07, shanghai.layout);
    expect(l.columns.map((c) => c.key)).toEqual(ORDER);
    expect(l.bodyTop).toBe(l.bodyBottom);
    expect(l.header.filter((h) => h.row === l.headerBottom).map((h) => h.text)).toEqual(ORDER.map((_, i) => (i % 2 ? '决算数' : '预算数')));
    const merged = l.header.filter((h) => h.colSpan > 1 || h.rowSpan > 1).map((h) => `${h.text} ${h.row - l.headerTop}:${h.col} ${h.rowSpan}x${h.colSpan}`);
    expect(merged).toEqual([
      '财政拨款“三公”经费 0:1 1x12',
      '合计 1:1 2x2',
      '因公出国（境）费 1:3 2x2',
      '公务用车购置及运行维护费 1:5 1x6',
      '公务接待费 1:11 2x2',
      '小计 2:5 1x2',
      '公务用车购置费 2:7 1x2',
      '公务用车运行维护费 2:9 1x2',
    ]);
  });

  it.each([['central', central.layout], ['shanghai', shanghai.layout]] as const)('%s: 合计 and 小计 formulas for both 预算数 and 决算数', (_n, options) => {
    const l = layoutTable(TABLES.T07, options);
    const r = l.bodyTop;
    const f = Object.fromEntries(tableFormulas(l).map((x) => [x.address, x.formula]));
    expect(f).toEqual({
      [`A${r}`]: `=SUM(C${r},E${r},K${r})`, // 合计·预算数 = 出国 + 车小计 + 接待
      [`B${r}`]: `=SUM(D${r},F${r},L${r})`, // 合计·决算数
      [`E${r}`]: `=SUM(G${r},I${r})`, // 车小计·预算数 = 购置 + 运行
      [`F${r}`]: `=SUM(H${r},J${r})`, // 车小计·决算数
    });
  });

  it('SC12 uses the T07 layout and rules with its own band, title and empty-table note', () => {
    const sc = TABLES.SC12;
    expect(sc.columns).toEqual(TABLES.T07.columns);
    expect(sc.rules).toEqual(TABLES.T07.rules);
    expect(sc.header[0].cells[0].text).toBe('政府性基金预算财政拨款“三公”经费');
    expect(sc.title).toBe('政府性基金预算财政拨款“三公”经费支出决算表');
  });
});

describe('footers and empty-table notes', () => {
  it('fund tables carry an empty-table note (D36), never as their footer', () => {
    for (const id of ['T08', 'T09a', 'T09b', 'SC12']) {
      expect(TABLES[id].emptyNote).toMatch(/^说明：\{dept\}本年度没有.+故本表无数据。$/);
    }
    for (const spec of FINAL) {
      expect(spec.footer ?? '').not.toMatch(/本表无数据|为空表/);
      if (spec.footer) expect(spec.footer).toMatch(/^注：本表反映部门本年度/);
    }
    expect(TABLES.T08.emptyNote).toContain('政府性基金预算财政拨款');
    expect(TABLES.T09a.emptyNote).toContain('国有资本经营预算财政拨款');
  });

  it('Shanghai tables carry their 「注：本表反映…」 footer', () => {
    for (const id of shanghai.tables) expect(TABLES[id].footer).toBeTruthy();
  });
});

describe('Sichuan-only tables (layouts unverified, spec §1.10)', () => {
  it.each(['SC05', 'SC07', 'SC09'])('%s: 经济分类 类 rows printed, 合计 = Σ类', (id) => {
    const l = layoutTable(TABLES[id], sichuan2020.layout);
    expect(l.rows.filter((r) => r.code).map((r) => r.code)).toEqual(['301', '302', '303', '307', '309', '310', '312', '399']);
    // With 款 data, the 类 row sums its 款 (项目支出 column, present in all three).
    const withSection = layoutTable(TABLES[id], sichuan2020.layout, { codes: { econRows: ['30201', '30216'] } });
    const f = new Map(tableFormulas(withSection).map((x) => [x.address, x]));
    const r302 = withSection.rowByKey.c302.row;
    const at = (row: string) => cellAddress(withSection, { row, col: 'e_proj' });
    expect(f.get(at('c302'))!.meaning).toEqual({ kind: 'sum', terms: [at('c30201'), at('c30216')].map((address) => ({ address, sign: 1 })) });
    expect(r302).toBeLessThan(withSection.rowByKey.c30201.row);
  });
});
