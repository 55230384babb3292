// Checking an existing 情况说明 against the tables (spec §4.3, §5.5): the seeds' own text,
// pasted as published, is flagged at each anomaly with the correct value, and nowhere else
// with an 错误; the wording rules of §5.1 one at a time.
import { readFileSync } from 'fs';
import type { Finding } from '../src/domain/findings';
import { checkNarrativeText } from '../src/domain/narrative/textCheck';
import { draftNarrative } from '../src/domain/narrative/draft';
import { renderText } from '../src/domain/narrative/renderText';
import { sentenceFacts } from '../src/domain/narrative/facts';
import type { CellValue, WorkbookSnapshot } from '../src/workbook/port';
import {
  buildWorkbook, type Entry, seed000Entries, seed001Entries, seed004Entries, SEED000_AUX, SEED000_ITEMS, SEED001_AUX, SEED001_ITEMS, SEED004_AUX, SEED004_CODES,
} from './narrativeFixtures';

const lines = (file: string, from: number, to: number) => readFileSync(`/work/shared/seeds/${file}`, 'utf8').split('\n').slice(from - 1, to).join('\n');
/** Seed 000's 第二部分 情况说明 up to the attached 项目绩效目标完成情况表 (lines 42–123). */
const SEED000_TEXT = lines('000_a1d4fcca9ae5a260.txt', 42, 123);
/** Seed 004's budget narrative: 二–四 (lines 43–64) and 六–七 (516–522). */
const SEED004_TEXT = `${lines('004_a62da1b858dc4f7e.txt', 43, 64)}\n${lines('004_a62da1b858dc4f7e.txt', 516, 522)}`;

const about = (f: Finding, fragment: string) => f.message.includes(fragment);

describe('seed 000 text against its tables', () => {
  let wb: WorkbookSnapshot;
  let findings: Finding[];
  beforeAll(async () => {
    wb = (await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), SEED000_AUX, '广元市朝天区总工会')).snapshot;
    findings = checkNarrativeText(wb, SEED000_TEXT);
  });

  it('A1: growth divided by this year — 58.59%, not 36.94%, in 一、四、五(一)', () => {
    const a1 = findings.filter((f) => f.actual === '36.94%');
    expect(a1.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ['N02', 'error', '58.59%'], ['N02', 'error', '58.59%'], ['N05', 'error', '58.59%'], ['N05', 'error', '58.59%'], ['N06', 'error', '58.59%'],
    ]);
    expect(a1.every((f) => f.message.includes('以上年数为分母'))).toBe(true);
    expect(a1[0].cells.length).toBeGreaterThan(0);
  });
  it('A2: 公务接待 下降3.3% — 3.17%', () => {
    expect(findings.filter((f) => f.actual === '3.3%')).toEqual([expect.objectContaining({ rule: 'N11', severity: 'error', expected: '3.17%' })]);
  });
  it('A3: 「减少16.34%」 — the rate verb is 下降', () => {
    expect(findings.filter((f) => f.rule === 'N_VERB')).toEqual([expect.objectContaining({ severity: 'warn', expected: '下降16.34%', actual: '减少16.34%' })]);
  });
  it('A4: 完成预算0% on a zero budget — 未安排预算', () => {
    const a4 = findings.filter((f) => f.rule === 'R004');
    expect(a4.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '未安排预算', '完成预算0%'], ['error', '未安排预算', '完成预算0%']]);
  });
  it('A5: 上缴上级支出 inside 项目支出 — 上缴上级支出 is 0 in 支出决算表', () => {
    expect(findings.filter((f) => about(f, '上缴上级支出'))).toEqual([expect.objectContaining({ rule: 'N04', severity: 'error', expected: '0万元', actual: '25万元' })]);
  });
  it('A6: 「占政府采购支出总额的0」 — missing %', () => {
    expect(findings.filter((f) => f.rule === 'N_PCT_SIGN').map((f) => [f.severity, f.expected])).toEqual([['warn', '0%'], ['warn', '0%']]);
  });
  it('A7: integer shares — precision, with the 2-decimal value', () => {
    expect(findings.filter((f) => f.rule === 'N_PREC' && f.actual === '5%')).toEqual([expect.objectContaining({ severity: 'info', expected: '5.13%' })]);
  });
  it('「增加0万元，增长0%」 where nothing changed — 持平', () => {
    expect(findings.filter((f) => f.rule === 'N_FLAT').map((f) => [f.severity, f.expected])).toEqual([['warn', '持平'], ['warn', '持平'], ['warn', '持平'], ['warn', '持平']]);
  });
  it('no other 错误', () => {
    const explained = (f: Finding) => f.actual === '36.94%' || f.actual === '3.3%' || f.rule === 'R004' || about(f, '上缴上级支出');
    expect(findings.filter((f) => f.severity === 'error' && !explained(f))).toEqual([]);
  });

  it('wording rules on single sentences', () => {
    const check = (s: string) => checkNarrativeText(wb, s);
    // Direction contradicting the tables.
    expect(check('与2019年度相比，收入总计减少86.47万元，下降58.59%。')).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'N_DIR', severity: 'error', expected: '增加86.47万元' })]));
    // 持平 written where the tables show a change.
    expect(check('与2019年度相比，收入总计基本持平。')).toEqual([expect.objectContaining({ rule: 'N_FLAT', severity: 'error', expected: '增加86.47万元' })]);
    // A duplicated clause (seed 001 A9).
    expect(check('公务接待费支出决算比2019年减少0.013万元，下降0.013万元，下降3.17%。').map((f) => f.rule)).toContain('N_DUP');
    // A share of a zero total (seed 001 A10: 0万元，占…100%).
    expect(check('授予中小企业合同金额0万元，占政府采购支出总额的100%。')).toEqual([expect.objectContaining({ rule: 'N15', severity: 'error', expected: '0%' })]);
    // 元 written for 万元.
    expect(check('2020年度本年支出合计234.06元，其中：基本支出111.58万元，占47.67%。')).toEqual([expect.objectContaining({ rule: 'N_UNIT', severity: 'error', expected: '234.06万元' })]);
    // A text written in 元 is compared in 万元 (±50 元).
    expect(check('2020年度本年支出合计2340600元，其中：基本支出1115800元，占47.67%。')).toEqual([]);
    expect(check('2020年度本年支出合计2340600元，其中：基本支出1125800元，占47.67%。')).toEqual([expect.objectContaining({ rule: 'N04', severity: 'error', expected: '111.58万元', actual: '1125800元' })]);
    // A20 (seed 002): a mistyped fixed term.
    expect(check('2020年本单位“三公”经费总额为0万元，其中因国出国（境）费0万元。').filter((f) => f.rule === 'N_TYPO')).toEqual([expect.objectContaining({ severity: 'warn', expected: '因公出国' })]);
    // A22 (seed 003, no workbook of its own): 0.00元 among 万元 figures.
    const mixed = checkNarrativeText({ sheets: [] }, lines('003_dd9baf7bf1bd903f.txt', 28, 28)).filter((f) => f.rule === 'N_UNIT_MIX');
    expect(mixed.map((f) => [f.severity, f.actual, f.expected])).toEqual(Array(7).fill(['warn', '0.00元', '0万元']));
    // 大于/小于/等于 against the tables (spec §4.3 step 4): 234.06 against a budget of 183.11.
    expect(check('2020年度一般公共预算支出决算数为234.06万元，完成预算127.83%，决算数小于预算数的主要原因是追加。')).toEqual([expect.objectContaining({ rule: 'N08', severity: 'error', expected: '决算数大于预算数' })]);
    expect(check('2020年度一般公共预算支出决算数为234.06万元，完成预算127.83%，决算数大于预算数的主要原因是追加。')).toEqual([]);
    // N17/N16 counts against the auxiliary sheet (4 projects, 0 cars).
    expect(check('年终执行完毕后，对5个项目开展了绩效目标完成情况自评。')).toEqual([expect.objectContaining({ rule: 'N17', severity: 'error', expected: '4', actual: '5' })]);
    expect(check('截至2020年12月31日，我会共有车辆1辆。')).toEqual([expect.objectContaining({ rule: 'N16', severity: 'error', expected: '0', actual: '1' })]);
    // A right sentence is clean.
    expect(check('2020年度收入总计234.06万元，支出总计234.06万元。与2019年度相比，收入增加86.47万元，增长58.59%，支出增加86.47万元，增长58.59%。')).toEqual([]);
  });
});

describe('seed 004 text against its tables', () => {
  let findings: Finding[];
  beforeAll(async () => {
    const wb = (await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), SEED004_AUX, '平乡县总工会')).snapshot;
    findings = checkNarrativeText(wb, SEED004_TEXT);
  });
  it('A18: 增加37.62万元 — 基本 22.59 + 项目 14.63 = 37.22', () => {
    expect(findings.filter((f) => f.actual === '37.62万元')).toEqual([expect.objectContaining({ rule: 'B17', severity: 'error', expected: '37.22万元' })]);
  });
  it('A19: 「7.46元」 — 单位应为万元', () => {
    expect(findings.filter((f) => f.rule === 'N_UNIT')).toEqual([expect.objectContaining({ severity: 'error', expected: '7.46万元', actual: '7.46元' })]);
  });
  it('no other 错误', () => {
    expect(findings.filter((f) => f.severity === 'error' && f.actual !== '37.62万元' && f.rule !== 'N_UNIT')).toEqual([]);
  });
});

describe('seed 001 text against its tables (A8–A14)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    const wb = (await buildWorkbook('sichuan-final-2024', { codeRows: [...SEED001_ITEMS.map(([c]) => c), '2296002'] }, seed001Entries(), SEED001_AUX, '遂宁市安居区总工会')).snapshot;
    // 第二部分 一 to 十(四) (lines 25–118).
    findings = checkNarrativeText(wb, lines('001_e9107b50d5326ab8.txt', 25, 118));
  });
  it('A8: 94.43% against 94.44% — within tolerance, info only', () => {
    expect(findings.filter((f) => f.actual === '94.43%')).toEqual([expect.objectContaining({ rule: 'N_ROUND', severity: 'info', expected: '94.44%' })]);
  });
  it('A9: 「减少0.05万元，下降0.05万元，下降0.78%」 — duplicated clause, 7.81%', () => {
    expect(findings.filter((f) => f.rule === 'N_DUP')).toEqual([expect.objectContaining({ severity: 'warn', actual: '下降0.05万元' })]);
    expect(findings.filter((f) => f.actual === '0.78%')).toEqual([expect.objectContaining({ rule: 'N11', severity: 'error', expected: '7.81%' })]);
  });
  it('A10: 0万元，占…100% — 0%', () => {
    expect(findings.filter((f) => f.rule === 'N15').map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '0%', '100%'], ['error', '0%', '100%']]);
  });
  it('A11: 下降0.33% on 706.48 — 0.03%', () => {
    expect(findings.filter((f) => f.actual === '0.33%')).toEqual([expect.objectContaining({ rule: 'N14', severity: 'error', expected: '0.03%' })]);
  });
  it('A12: 0/0 completion written 100% — 未安排预算', () => {
    expect(findings.filter((f) => f.rule === 'R004').map((f) => f.actual)).toEqual(['完成预算100%', '完成预算100%']);
  });
  it('A13: 减少5.2万元 without the rate — 72.22%', () => {
    expect(findings.filter((f) => f.rule === 'N_RATE_MISSING')).toEqual([expect.objectContaining({ severity: 'warn', expected: '下降72.22%' })]);
  });
  it('A14: 「卫生健康支出（210）类」 — one code style', () => {
    expect(findings.filter((f) => f.rule === 'N_CODE_STYLE').map((f) => f.expected)).toEqual(['卫生健康支出210（类）', '住房保障支出221（类）']);
  });
  it('no other 错误 than the 三公 total written 持平 while it fell 0.05 (0.59 against 0.64)', () => {
    const known = (f: Finding) => ['0.78%', '0.33%'].includes(f.actual ?? '') || ['N15', 'R004'].includes(f.rule);
    expect(findings.filter((f) => f.severity === 'error' && !known(f))).toEqual([expect.objectContaining({ rule: 'N_FLAT', expected: '减少0.05万元' })]);
  });
});

describe('whole published documents (tables and annexes included)', () => {
  const whole = (file: string) => readFileSync(`/work/shared/seeds/${file}`, 'utf8');
  const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.actual}→${f.expected}`).sort();
  it('seed 000: only its anomalies — 36.94% ×7 (spec §5.5), 3.3%, 完成预算0% ×2, 上缴上级支出 25', async () => {
    const wb = (await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), SEED000_AUX, '广元市朝天区总工会')).snapshot;
    expect(errors(checkNarrativeText(wb, whole('000_a1d4fcca9ae5a260.txt')))).toEqual([
      'N02 36.94%→58.59%', 'N02 36.94%→58.59%', 'N04 25万元→0万元', 'N05 36.94%→58.59%', 'N05 36.94%→58.59%',
      'N06 36.94%→58.59%', 'N06 36.94%→58.59%', 'N06 36.94%→58.59%', 'N11 3.3%→3.17%', 'R004 完成预算0%→未安排预算', 'R004 完成预算0%→未安排预算',
    ]);
  });
  it('seed 001: only its anomalies (年初预算 figures of the annex are not compared with 决算)', async () => {
    const wb = (await buildWorkbook('sichuan-final-2024', { codeRows: [...SEED001_ITEMS.map(([c]) => c), '2296002'] }, seed001Entries(), SEED001_AUX, '遂宁市安居区总工会')).snapshot;
    expect(errors(checkNarrativeText(wb, whole('001_e9107b50d5326ab8.txt')))).toEqual([
      'N11 0.78%→7.81%', 'N14 0.33%→0.03%', 'N15 100%→0%', 'N15 100%→0%', 'N_FLAT 持平→减少0.05万元', 'R004 完成预算100%→未安排预算', 'R004 完成预算100%→未安排预算',
    ]);
  });
  it('seed 004: only A18 and A19', async () => {
    const wb = (await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), SEED004_AUX, '平乡县总工会')).snapshot;
    expect(errors(checkNarrativeText(wb, whole('004_a62da1b858dc4f7e.txt')))).toEqual(['B17 37.62万元→37.22万元', 'N_UNIT 7.46元→7.46万元']);
  });
});

describe('a draft checked against its own tables is clean', () => {
  it.each<[string, string, Record<string, string[]>, () => Entry[], Record<string, CellValue>]>([
    ['seed 000', 'sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries, SEED000_AUX],
    ['seed 001', 'sichuan-final-2024', { codeRows: [...SEED001_ITEMS.map(([c]) => c), '2296002'] }, seed001Entries, SEED001_AUX],
    ['seed 004', 'hebei-budget-2020', SEED004_CODES, seed004Entries, SEED004_AUX],
  ])('%s, in every wording setting', async (_seed, profileId, codes, entries, aux) => {
    const wb = (await buildWorkbook(profileId, codes, entries(), aux)).snapshot;
    for (const o of [{}, { stripTrailingZeros: true, zeroInText: '0.00' as const, listZeroItems: false }, { codeStyle: 'c' as const, selfReference: '我会' }]) {
      expect(checkNarrativeText(wb, renderText(draftNarrative(wb, o).document))).toEqual([]);
    }
    // One decimal is a precision remark, nothing more.
    const oneDecimal = checkNarrativeText(wb, renderText(draftNarrative(wb, { pctDecimals: 1 }).document));
    expect(oneDecimal.filter((f) => f.rule !== 'N_PREC')).toEqual([]);
  });
  it('seeds 002 and 003 (no workbook): only the sentence-level A20 and A22 remarks, no crash', () => {
    const whole = (file: string) => readFileSync(`/work/shared/seeds/${file}`, 'utf8');
    // A21's two 尾差 remarks are info (see 'seed 002 (A21)' below).
    expect(checkNarrativeText({ sheets: [] }, whole('002_3cbd8ab9b07ad1a9.txt')).map((f) => `${f.severity} ${f.rule}`)).toEqual(['info N_SUM', 'info N_ROUND', 'warn N_TYPO', 'warn N_TYPO']);
    expect(new Set(checkNarrativeText({ sheets: [] }, whole('003_dd9baf7bf1bd903f.txt')).map((f) => `${f.severity} ${f.rule}`))).toEqual(new Set(['warn N_UNIT_MIX']));
  });
});

describe('seed 002 (A21): rounding in a text with no workbook is 尾差, never an error', () => {
  // 「…部门整体支出合计355.2万元，其中：基本支出204.04万元，占57.44%；项目支出151.16万元，占42.56%。
  //   主要用于以下方面：一般公共服务支出335.86万元，占94.56%；社会保障和就业支出19.35 万元，占5.44%。」
  const paragraph = lines('002_3cbd8ab9b07ad1a9.txt', 11, 11);
  let findings: Finding[];
  beforeAll(() => {
    findings = checkNarrativeText({ sheets: [] }, paragraph);
  });
  it('the seed sentences are the ones of spec §5.5 A21', () => {
    expect(paragraph).toContain('部门整体支出合计355.2万元');
    expect(paragraph).toContain('一般公共服务支出335.86万元，占94.56%；社会保障和就业支出19.35 万元，占5.44%。');
  });
  it('335.86 + 19.35 = 355.21 against the 355.20 printed: 尾差 of 0.01, info', () => {
    expect(findings.filter((f) => f.rule === 'N_SUM')).toEqual([
      expect.objectContaining({ severity: 'info', expected: '355.21万元', actual: '355.2万元', difference: '0.01', message: expect.stringContaining('尾差') }),
    ]);
  });
  it('5.44% where 19.35 ÷ 355.20 = 5.448% rounds to 5.45%: info; 94.56% is right', () => {
    expect(findings.filter((f) => f.rule === 'N_ROUND')).toEqual([
      expect.objectContaining({ severity: 'info', expected: '5.45%', actual: '5.44%', message: expect.stringContaining('5.448%') }),
    ]);
  });
  it('no error and nothing else: 基本 204.04 + 项目 151.16 = 355.20 and their shares are right', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings).toHaveLength(2);
  });
  it('beyond rounding the same sentences are errors', () => {
    const wrong = checkNarrativeText({ sheets: [] }, paragraph.replace('19.35 万元', '19.55 万元'));
    expect(wrong.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual])).toEqual([['N_SUM', '355.41万元', '355.2万元'], ['N_SHARE', '5.50%', '5.44%']]);
  });
});

describe('figures of a sentence', () => {
  it('amounts, rates, shares and completion, with labels; years, codes, counts and thresholds are not figures', () => {
    const f = sentenceFacts('1.一般公共服务201（类）群众团体事务20129（款）行政运行2012901（项）:支出决算为79.12万元，占总支出33.8%，2020年比2019年增加2.5万元，增长3.2%，完成预算127.8%，单价50万元以上设备2台，接待5批次。');
    expect(f.map((x) => [x.role, x.text, x.verb ?? ''])).toEqual([
      ['level', '79.12万元', ''], ['share', '33.8%', ''], ['delta', '2.5万元', '增加'], ['growth', '3.2%', '增长'], ['completion', '127.8%', ''],
    ]);
    expect(f[0].label).toBe('一般公共服务群众团体事务行政运行');
  });
  it('a bracketed figure does not own the share after it', () => {
    const f = sentenceFacts('项目支出122.48万元（其中含上缴上级支出25万元），占52.33%');
    expect(f.map((x) => [x.role, x.label])).toEqual([['level', '项目支出'], ['level', '上缴上级支出'], ['share', '项目支出']]);
  });
});
