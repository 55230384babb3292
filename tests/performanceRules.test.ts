// 绩效 rules of spec §4.5 checked on typed forms: Σ权重 = 100 and 0 ≤ 得分 ≤ 权重 (P04/P05),
// the 预算执行 score (P03), 偏差原因 at ≥ 20% (P08), indicator rows (P10), and the forms
// against 支出决算表 (P07, P09). Seed 001's 困难职工帮扶 form is fixture A17 (spec §5.5).
import { runChecks } from '../src/domain/checks';
import type { Finding } from '../src/domain/findings';
import { tableFormulas } from '../src/domain/formulas';
import { planTable } from '../src/domain/insert';
import { parseTarget } from '../src/domain/indicatorChecks';
import { cellAddress, layoutTable, type TableLayout } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import type { CellValue } from '../src/workbook/port';
import { MemoryWorkbook } from '../src/workbook/memory';

const perf = profile('sichuan-performance-2024')!;
const final = profile('sichuan-final-2024')!;
const lay = (id: string): TableLayout => layoutTable(TABLES[id], (id.startsWith('P') ? perf : final).layout);
const NEW_RULES = ['P03', 'P04', 'P05', 'P07', 'P08', 'P09', 'P10'];

type Values = Record<string, Record<string, CellValue>>;

/** A workbook of forms typed as a finance officer would (values only, no formulas computed). */
async function workbook(sheets: Array<{ id: string; name?: string; values: Values }>): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  for (const { id, name, values } of sheets) {
    const l = lay(id);
    const sheet = name ?? TABLES[id].title;
    await wb.apply({ description: id, sheets: [planTable(l, sheet)] });
    for (const [row, cols] of Object.entries(values)) for (const [col, v] of Object.entries(cols)) wb.setCell(sheet, cellAddress(l, { row, col }), v);
  }
  return wb;
}
const check = async (wb: MemoryWorkbook, rules = NEW_RULES): Promise<Finding[]> => runChecks(await wb.read()).findings.filter((f) => rules.includes(f.rule));
const addr = (id: string, row: string, col: string) => cellAddress(lay(id), { row, col });
const cells = (sheet: string, id: string, ...refs: Array<[string, string]>) => refs.map(([row, col]) => ({ sheet, address: addr(id, row, col) }));

/** Seed 001, 51090422T000000386815-困难职工帮扶救助 (全年预算数 = 执行数 41.80, §3.2). */
function seed001Hardship(score: CellValue = 96): Values {
  const indicator = (l1: string, l2: string, l3: string, unit: string): Record<string, CellValue> => ({ c1: l1, c2: l2, c3: l3, c4: '≥', c5: 50, c6: unit, c7: '99%', c8: 30 });
  return {
    b_total: { c4: 12.95, c5: 41.8, c6: 41.8, c7: 100, c8: 10, c9: score },
    b_fin: { c4: 12.95, c5: 41.8, c6: 41.8, c7: 100, c8: '/', c9: '/' },
    b_sfm: { c4: 0, c5: 0, c6: 0, c7: 0, c8: '/', c9: '/' },
    b_unit: { c4: 0, c5: 0, c6: 0, c7: 0, c8: '/', c9: '/' },
    b_oth: { c8: '/', c9: '/' },
    indicatorRows_1: indicator('产出指标', '时效指标', '资金在规定时间发放', '元/人·次'),
    indicatorRows_2: indicator('效益指标', '可持续影响指标', '困难职工', '元/个'),
    indicatorRows_3: indicator('满意度指标', '服务对象满意度指标', '服务对象满意度', '元/个'),
    total: { c8: 100 },
  };
}

/** A form B that holds: weights 10 + 50 + 40, scores within them, targets met. */
function consistentB(): Values {
  return {
    b_total: { c4: 40, c5: 41.8, c6: 37.62, c7: 90, c8: 10, c9: 9 },
    b_fin: { c4: 40, c5: 41.8, c6: 37.62, c7: 90, c8: '/', c9: '—' },
    indicatorRows_1: { c1: '产出指标', c2: '数量指标', c3: '帮扶人数', c4: '≥', c5: 100, c6: '人', c7: 120, c8: 50, c9: 50 },
    indicatorRows_2: { c1: '满意度指标', c2: '服务对象满意度指标', c3: '满意度', c5: '≥95%', c7: '100%', c8: 40, c9: 38 },
    total: { c8: 100, c9: 97 },
  };
}

describe('P04 form B: Σ权重 = 100 and 0 ≤ 得分 ≤ 权重 (checks only)', () => {
  it('A17: seed 001 puts 得分 96 in the 10-point 预算执行 row: an error naming 得分 and 权重', async () => {
    const s = TABLES.PB.title;
    // The seed also leaves 合计得分 blank: the 合计 = Σ sum rule reports that, apart.
    const all = await check(await workbook([{ id: 'PB', values: seed001Hardship() }]));
    expect(all.filter((x) => x.message.includes('合计得分 0.00 ≠'))).toHaveLength(1);
    const f = all.filter((x) => !x.message.includes('合计得分'));
    const bound = f.filter((x) => x.rule === 'P04');
    expect(bound).toEqual([expect.objectContaining({
      severity: 'error',
      message: '部门预算项目支出绩效自评表·总额：得分 96 超过权重 10，超出 86',
      cells: cells(s, 'PB', ['b_total', 'c9'], ['b_total', 'c8']),
      expected: '10', actual: '96', difference: '86',
    })]);
    // Its weights add up (10 + 3 × 30); its indicators compare 99% with 元 targets: no P10.
    expect(f.map((x) => x.rule).sort()).toEqual(['P03', 'P04']);
  });

  it('the same form with 得分 10 passes every new rule', async () => {
    const v = seed001Hardship(10);
    v.total.c9 = 10;
    expect(await check(await workbook([{ id: 'PB', values: v }]))).toEqual([]);
  });

  it('a consistent form raises nothing at all', async () => {
    expect(runChecks(await (await workbook([{ id: 'PB', values: consistentB() }])).read()).findings).toEqual([]);
  });

  it('weights adding to 90 are an error with the sum, the constant and the difference', async () => {
    const v = consistentB();
    v.indicatorRows_2.c8 = 30;
    const [f] = (await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.message.includes('权重合计'));
    expect(f).toMatchObject({ rule: 'P04', severity: 'error', message: '部门预算项目支出绩效自评表·权重合计 90 ≠ 100，相差 −10', difference: '-10' });
    expect(f.cells).toEqual(cells(TABLES.PB.title, 'PB', ['b_total', 'c8'], ['indicatorRows_1', 'c8'], ['indicatorRows_2', 'c8']));
  });

  it('a negative score and an indicator score above its weight are errors on their rows', async () => {
    const v = consistentB();
    v.indicatorRows_1.c9 = 55;
    v.indicatorRows_2.c9 = -2;
    v.total.c9 = 62;
    const f = (await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.rule === 'P04');
    expect(f.map((x) => x.message)).toEqual([
      '部门预算项目支出绩效自评表·帮扶人数：得分 55 超过权重 50，超出 5',
      '部门预算项目支出绩效自评表·满意度：得分 −2 小于 0，相差 −2',
    ]);
    expect(f[0].cells).toEqual(cells(TABLES.PB.title, 'PB', ['indicatorRows_1', 'c9'], ['indicatorRows_1', 'c8']));
  });

  it('blank, dash and text scores are skipped, not violations; an empty form raises nothing', async () => {
    expect(await check(await workbook([{ id: 'PB', values: {} }]))).toEqual([]);
    const v = consistentB();
    v.b_total.c9 = '—';
    v.indicatorRows_1.c9 = '优';
    v.indicatorRows_2.c9 = '';
    v.b_fin.c9 = '/';
    const f = await check(await workbook([{ id: 'PB', values: v }]));
    // Only the 合计 = Σ sum rule (blanks and text as 0) still speaks; no bound, no score rule.
    expect(f.filter((x) => !x.message.includes('合计得分'))).toEqual([]);
  });

  it('fill writes no formula for the constant, bound and score rules (checks only)', () => {
    for (const id of ['PB', 'PC', 'PD']) {
      const l = lay(id);
      const plain = { ...l, spec: { ...l.spec, rules: l.spec.rules.filter((r) => ['sum', 'share', 'rowSum', 'hierarchy'].includes(r.type)) } };
      expect(tableFormulas(l)).toEqual(tableFormulas(plain));
      expect(tableFormulas(l).map((f) => f.rule).filter((r) => ['P03', 'P08'].includes(r))).toEqual([]);
    }
  });
});

describe('P03 form B: 预算执行得分 = 10 × min(执行率, 1)', () => {
  it('a full score at 90% execution is a warning with the expected 9.00', async () => {
    const v = consistentB();
    v.b_total.c9 = 10;
    v.total.c9 = 98;
    const f = (await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.rule === 'P03');
    expect(f).toEqual([expect.objectContaining({
      severity: 'warn',
      message: '部门预算项目支出绩效自评表·总额：预算执行得分 表中为 10，按 10 × min(37.62 ÷ 41.80, 1) 计算应为 9.00，相差 1',
      cells: cells(TABLES.PB.title, 'PB', ['b_total', 'c9'], ['b_total', 'c6'], ['b_total', 'c5'], ['b_total', 'c8']),
    })]);
  });

  it('over-execution caps at the weight; an integer score within half a point passes', async () => {
    const v = consistentB();
    Object.assign(v.b_total, { c6: 50, c9: 10 });
    v.total.c9 = 98;
    expect((await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.rule === 'P03')).toEqual([]);
    Object.assign(v.b_total, { c6: 40.67, c9: 10 }); // 9.73 prints as 10 with no decimals
    expect((await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.rule === 'P03')).toEqual([]);
  });
});

describe('form D: Σ一级权重 = 100 (P05) and 自评得分 ≤ 分值 (P04)', () => {
  const rows = (weights: number[], scores: number[]): Values => ({
    indicatorRows_1: { c2: '投入管理指标', c3: weights[0], c4: '预算执行管理(4)', c5: '预算执行率', c6: '≥90%', c7: '98%', c8: scores[0] },
    indicatorRows_2: { c2: '产出指标', c3: weights[1], c4: '数量指标(6)', c5: '服务职工人次', c6: '≥1000人次', c7: '1200人次', c8: scores[1] },
    indicatorRows_3: { c2: '效益指标', c3: weights[2], c4: '社会效益指标(20)', c5: '职工满意度', c6: '显著提升', c7: '显著提升', c8: scores[2] },
    score: { c3: weights.reduce((a, b) => a + b, 0), c8: scores.reduce((a, b) => a + b, 0) },
  });

  it('holds for weights 30 + 25 + 45 with scores within the 分值', async () => {
    expect(await check(await workbook([{ id: 'PD', values: rows([30, 25, 45], [4, 6, 18]) }]))).toEqual([]);
  });

  it('weights 95 and a score above 「数量指标(6)」 are errors', async () => {
    const f = await check(await workbook([{ id: 'PD', values: rows([30, 25, 40], [4, 7, 18]) }]));
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([
      ['P05', 'error', '部门整体支出绩效自评表·一级指标权重合计 95 ≠ 100，相差 −5'],
      ['P04', 'error', '部门整体支出绩效自评表·服务职工人次：自评得分 7 超过分值 6，超出 1'],
    ]);
    expect(f[1].cells).toEqual(cells(TABLES.PD.title, 'PD', ['indicatorRows_2', 'c8'], ['indicatorRows_2', 'c4']));
  });
});

describe('P08 form C: |偏差率| ≥ 20% needs 偏差原因分析', () => {
  const seed001: Values = { total: { c3: 903.3, c4: 903.3 }, basic: { c3: 844.68, c4: 844.68 }, proj: { c3: 58.62, c4: 58.62 } };

  it('seed 001 (执行 = 预算) raises nothing', async () => {
    expect(await check(await workbook([{ id: 'PC', values: seed001 }]))).toEqual([]);
  });

  it('项目支出 executed at 68% with no reason is an error naming the rate, both values and the cells', async () => {
    const v: Values = { total: { c3: 903.3, c4: 884.68 }, basic: { c3: 844.68, c4: 844.68 }, proj: { c3: 58.62, c4: 40 } };
    const f = await check(await workbook([{ id: 'PC', values: v }]));
    expect(f).toEqual([expect.objectContaining({
      rule: 'P08', severity: 'error',
      message: '部门整体支出绩效自评表·项目支出：偏差率 −31.76%（全年执行数 40.00 − 全年预算数 58.62 = −18.62），达 20% 以上，但未填写偏差原因分析',
      cells: cells(TABLES.PC.title, 'PC', ['proj', 'c4'], ['proj', 'c3'], ['proj', 'c5']),
    })]);
    v.proj.c5 = '部分项目资金收回';
    expect(await check(await workbook([{ id: 'PC', values: v }]))).toEqual([]);
  });

  it('a 19% deviation, a zero budget and text amounts do not fire', async () => {
    const v: Values = { total: { c3: 100, c4: 81 }, basic: { c3: 0, c4: 5 }, proj: { c3: '—', c4: 'n/a' } };
    expect(await check(await workbook([{ id: 'PC', values: v }]), ['P08'])).toEqual([]);
  });
});

describe('P10 indicator rows', () => {
  it('parses 指标值 into operator, number and unit, or words', () => {
    expect(parseTarget('≥95%')).toMatchObject({ kind: 'quantity', op: '≥', unit: '%' });
    expect(parseTarget('≥95%').kind === 'quantity' && parseTarget('≥95%')).toMatchObject({ value: expect.anything() });
    expect(parseTarget('１６人')).toMatchObject({ kind: 'quantity', op: null, unit: '人' });
    expect(parseTarget('100', '＞', '人/户')).toMatchObject({ kind: 'quantity', op: '>', unit: '人/户' });
    expect(parseTarget('显著提升')).toEqual({ kind: 'words' });
    expect(parseTarget('较好', '定性')).toEqual({ kind: 'words' });
    expect(parseTarget('较好', '≥')).toEqual({ kind: 'invalid' });
    expect(parseTarget('≥')).toEqual({ kind: 'invalid' });
  });

  it('warns on names outside §3.0, an unreadable 指标值, and a missed target without a reason', async () => {
    const v = consistentB();
    v.indicatorRows_1 = { c1: '结果指标', c2: '数量指标', c3: '帮扶人数', c4: '≥', c5: '较多', c6: '人', c7: 120, c8: 50, c9: 50 };
    v.indicatorRows_2 = { c1: '满意度指标', c2: '群众口碑', c3: '满意度', c5: '≥95%', c7: '90%', c8: 40, c9: 38 };
    const f = (await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.rule === 'P10');
    expect(f.every((x) => x.severity === 'warn')).toBe(true);
    expect(f.map((x) => x.message)).toEqual([
      '部门预算项目支出绩效自评表·结果指标·数量指标·帮扶人数：一级指标「结果指标」不在指标体系中（应为产出指标、效益指标、满意度指标等）',
      '部门预算项目支出绩效自评表·结果指标·数量指标·帮扶人数：指标值「≥较多」无法读作“符号 + 数值 + 单位”，定量指标请写成如「≥95%」，定性指标请注明「定性」',
      '部门预算项目支出绩效自评表·满意度指标·群众口碑·满意度：二级指标「群众口碑」不在指标体系中（如数量指标、质量指标、时效指标、成本指标、社会效益指标等）',
      '部门预算项目支出绩效自评表·满意度指标·群众口碑·满意度：完成值 90% 未达到指标值 ≥95%，相差 −5%，且未填写偏差原因',
    ]);
    const s = TABLES.PB.title;
    expect(f[3].cells).toEqual(cells(s, 'PB', ['indicatorRows_2', 'c5'], ['indicatorRows_2', 'c7'], ['indicatorRows_2', 'c10']));
    // A reason explains the miss.
    v.indicatorRows_2.c10 = '部分职工未参加调查';
    expect((await check(await workbook([{ id: 'PB', values: v }]))).filter((x) => x.message.includes('未达到'))).toEqual([]);
  });

  it('seed 001 form C names (社会效益, 满意度; merged 一级 cells left blank) pass', async () => {
    const v: Values = {
      indicatorRows_1: { c1: '产出指标', c2: '数量指标', c3: '科目调整次数', c4: 3, c5: 3 },
      indicatorRows_2: { c2: '质量指标', c3: '预算编制准确率', c4: '100%', c5: '100%' },
      indicatorRows_3: { c1: '效益指标', c2: '社会效益', c3: '结余率', c4: '100%', c5: '100%' },
      indicatorRows_4: { c1: '满意度指标', c2: '满意度', c3: '满意度', c4: '满意', c5: '满意' },
    };
    expect(await check(await workbook([{ id: 'PC', values: v }]))).toEqual([]);
  });
});

describe('P07/P09 forms against 支出决算表 (warnings)', () => {
  const t03 = (proj: number, up = 0): Values => ({ total: { e_total: 844.68 + proj + up, e_basic: 844.68, e_proj: proj, e_up: up } });
  const pc: Values = { total: { c3: 903.3, c4: 903.3 }, basic: { c3: 844.68, c4: 844.68 }, proj: { c3: 58.62, c4: 58.62 } };

  it('P07: form C equal to T03 合计 passes; a different 项目支出 is a warning with both values', async () => {
    expect(await check(await workbook([{ id: 'PC', values: pc }, { id: 'T03', values: t03(58.62) }]), ['P07'])).toEqual([]);
    const f = await check(await workbook([{ id: 'PC', values: pc }, { id: 'T03', values: t03(60) }]), ['P07']);
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['warn', '部门整体支出绩效自评表·年度预算总额·全年执行数 903.30 ≠ 支出决算表·合计·本年支出合计 904.68，相差 -1.38（不一致）'],
      ['warn', '部门整体支出绩效自评表·项目支出·全年执行数 58.62 ≠ 支出决算表·合计·项目支出 60.00，相差 -1.38（不一致）'],
    ]);
    expect(f[1].cells).toEqual([{ sheet: TABLES.PC.title, address: addr('PC', 'proj', 'c4') }, { sheet: TABLES.T03.title, address: addr('T03', 'total', 'e_proj') }]);
  });

  it('P09: the project forms together stay within 项目支出 + 上缴上级支出, or a warning names each form', async () => {
    const forms = [
      { id: 'PB', name: '劳模经费', values: { b_total: { c5: 14.82, c6: 14.82 } } },
      { id: 'PB', name: '困难职工帮扶', values: { b_total: { c5: 41.8, c6: 41.8 } } },
    ];
    expect(await check(await workbook([...forms, { id: 'T03', values: t03(50, 6.62) }]), ['P09'])).toEqual([]);
    const f = await check(await workbook([...forms, { id: 'T03', values: t03(50) }]), ['P09']);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warn', actual: '56.62', expected: '50.00', difference: '6.62' });
    expect(f[0].message).toContain('大于 支出决算表·合计·项目支出+合计·上缴上级支出 50.00，超出 6.62');
    expect(f[0].message).toContain('（劳模经费）');
    expect(f[0].message).toContain('（困难职工帮扶）');
    expect(f[0].cells.slice(0, 2)).toEqual([{ sheet: '劳模经费', address: addr('PB', 'b_total', 'c6') }, { sheet: '困难职工帮扶', address: addr('PB', 'b_total', 'c6') }]);
  });
});
