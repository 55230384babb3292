// Wording rules of spec §5.0–§5.1, one function at a time.
import { dec } from '../src/domain/amount';
import { paragraphText } from '../src/domain/narrative/document';
import type { NarrativeRun } from '../src/domain/narrative/document';
import {
  amountRuns, change, changeRuns, citeCode, completionKind, completionRuns, formatPercent, formatTextAmount, shareRuns,
  type Num, type TextOptions,
} from '../src/domain/narrative/wording';

const A = { sheet: '表', address: 'A1' };
const B = { sheet: '表', address: 'B1' };
const n = (v: string | number, cells = [A]): Num => ({ value: dec(v), cells });
const txt = (runs: NarrativeRun[] | null) => (runs ? paragraphText({ runs }) : null);
const base: TextOptions = { pctDecimals: 2, stripTrailingZeros: false, zeroInText: '0' };

describe('amounts in running text', () => {
  it('2 decimals, no thousands separator, half-up', () => {
    expect(formatTextAmount(dec('2946.25'), base)).toBe('2946.25');
    expect(formatTextAmount(dec('12345.675'), base)).toBe('12345.68');
    expect(formatTextAmount(dec('12'), base)).toBe('12.00');
    expect(formatTextAmount(dec('-2.675'), base)).toBe('-2.68');
  });
  it('keeps 3–4 typed decimals under 1 万元 (三公 sub-amounts) and never more', () => {
    expect(formatTextAmount(dec('0.397'), base)).toBe('0.397');
    expect(formatTextAmount(dec('0.013'), base)).toBe('0.013');
    expect(formatTextAmount(dec('0.123456'), base)).toBe('0.1235');
    expect(formatTextAmount(dec('183.1096'), base)).toBe('183.11');
    expect(formatTextAmount(dec('4.6000'), base)).toBe('4.60');
  });
  it('zero per zeroInText', () => {
    expect(formatTextAmount(dec(0), base)).toBe('0');
    expect(formatTextAmount(dec(0), { ...base, zeroInText: '0.00' })).toBe('0.00');
    expect(formatTextAmount(dec('0.00001'), base)).toBe('0');
  });
  it('trimmed style (seed 004: 124.5万元, 0.5万元)', () => {
    expect(formatTextAmount(dec('124.50'), { ...base, trimAmounts: true })).toBe('124.5');
    expect(formatTextAmount(dec('12.00'), { ...base, trimAmounts: true })).toBe('12');
    expect(formatTextAmount(dec('264.43'), { ...base, trimAmounts: true })).toBe('264.43');
  });
  it('the unit is always printed and the number run keeps its cells', () => {
    const runs = amountRuns(n('86.47', [A, B]), base);
    expect(runs).toEqual([{ text: '86.47', cells: [A, B] }, { text: '万元' }]);
  });
});

describe('percentages', () => {
  it('pctDecimals and stripTrailingZeros', () => {
    expect(formatPercent(dec('58.5878'), base)).toBe('58.59');
    expect(formatPercent(dec('100'), base)).toBe('100.00');
    expect(formatPercent(dec('100'), { ...base, stripTrailingZeros: true })).toBe('100');
    expect(formatPercent(dec('52.30'), { ...base, stripTrailingZeros: true })).toBe('52.3');
    expect(formatPercent(dec('86.03'), { ...base, pctDecimals: 0 })).toBe('86');
    expect(formatPercent(dec('127.826'), { ...base, pctDecimals: 1 })).toBe('127.8');
    expect(formatPercent(dec('0.005'), base)).toBe('0.01');
  });
  it('a zero percentage prints like a zero amount', () => {
    expect(formatPercent(dec(0), base)).toBe('0');
    expect(formatPercent(dec(0), { ...base, zeroInText: '0.00' })).toBe('0.00');
  });
});

describe('direction wording (spec §5.1)', () => {
  const y = { ...base, prevYear: 2019 };
  it('增加…增长 and 减少…下降, rate against last year', () => {
    expect(txt(changeRuns(n('234.06'), n('147.59'), y))).toBe('增加86.47万元，增长58.59%');
    expect(txt(changeRuns(n('13.67'), n('16.34'), y))).toBe('减少2.67万元，下降16.34%');
    expect(txt(changeRuns(n('0.397'), n('0.41'), y))).toBe('减少0.013万元，下降3.17%');
    expect(txt(changeRuns(n('903.30'), n('875.10'), y))).toBe('增加28.20万元，增长3.22%');
  });
  it('持平 when |Δ| < 0.005, with no amount and no rate', () => {
    expect(txt(changeRuns(n('10.004'), n('10'), y))).toBe('基本持平');
    expect(txt(changeRuns(n(0), n(0), y))).toBe('基本持平');
    expect(change(dec('10.005'), dec('10')).direction).toBe('up');
  });
  it('no rate when last year is 0', () => {
    expect(txt(changeRuns(n('5'), n(0), y))).toBe('增加5.00万元（2019年无此项支出）');
    expect(change(dec(5), dec(0))).toMatchObject({ direction: 'new', rate: null });
  });
  it('down to zero is a 100% fall', () => {
    expect(txt(changeRuns(n(0), n('7.2'), y))).toBe('减少7.20万元，下降100.00%');
  });
  it('amount only when asked (budget outline)', () => {
    expect(txt(changeRuns(n('0.5'), n('1'), { ...y, withRate: false, trimAmounts: true }))).toBe('减少0.5万元');
  });
  it('the rate run carries both years’ cells', () => {
    const runs = changeRuns(n('234.06', [A]), n('147.59', [B]), y);
    expect(runs.filter((r) => r.cells).map((r) => r.cells)).toEqual([[A, B], [A, B]]);
  });
});

describe('completion rates (spec §5.1, §5.3)', () => {
  it('大于 / 小于 / 等于 预算', () => {
    expect(txt(completionRuns(n('234.06'), n('183.1096'), base).runs)).toBe('完成预算127.83%，决算数大于预算数');
    expect(txt(completionRuns(n('90'), n('100'), base).runs)).toBe('完成预算90.00%，决算数小于预算数');
    expect(txt(completionRuns(n('0.397'), n('0.397'), { ...base, stripTrailingZeros: true }).runs)).toBe('完成预算100%，决算数等于预算数');
  });
  it('预算 = 0: never 完成预算0% or 100%', () => {
    expect(txt(completionRuns(n(0), n(0), { ...base, year: 2020 }).runs)).toBe('2020年度未安排预算，无相关支出');
    expect(txt(completionRuns(n('3'), n(0), base).runs)).toBe('年初未安排预算，支出决算3.00万元');
    expect(txt(completionRuns(n('3'), n(0), { ...base, base: '调整预算' }).runs)).toBe('未安排全年预算，支出决算3.00万元');
    expect(completionKind(dec(0), dec(0))).toBe('noBudgetNoSpending');
    expect(completionKind(dec('0.001'), dec(0))).toBe('noBudgetNoSpending');
    expect(completionKind(dec('0.01'), dec(0))).toBe('noBudget');
  });
  it('against the 调整预算 the wording says 全年预算', () => {
    expect(txt(completionRuns(n('41.80'), n('41.80'), { ...base, base: '调整预算' }).runs)).toBe('完成全年预算的100.00%，决算数等于预算数');
  });
});

describe('shares', () => {
  it('part / denominator', () => {
    expect(txt(shareRuns(n('111.58'), n('234.06'), base))).toBe('占47.67%');
    expect(txt(shareRuns(n('901.30'), n('903.30'), base, '占本年支出合计的'))).toBe('占本年支出合计的99.78%');
  });
  it('a zero total: 占0% only when the part is 0 too, otherwise null (an error)', () => {
    expect(txt(shareRuns(n(0), n(0), base))).toBe('占0%');
    expect(shareRuns(n('2.4'), n(0), base)).toBeNull();
    expect(txt(shareRuns(n(0), n('2.4'), base))).toBe('占0%');
  });
});

describe('code citation styles a–d (spec §5.0)', () => {
  const c = { classCode: '201', className: '一般公共服务支出', sectionCode: '20129', sectionName: '群众团体事务', itemCode: '2012901', itemName: '行政运行' };
  it('each style', () => {
    expect(citeCode(c, 'a')).toBe('一般公共服务支出201（类）群众团体事务20129（款）行政运行2012901（项）');
    expect(citeCode(c, 'b')).toBe('一般公共服务支出201（类）群众团体事务29（款）行政运行01（项）');
    expect(citeCode(c, 'c')).toBe('一般公共服务支出（类）群众团体事务（款）行政运行（项）');
    expect(citeCode(c, 'd')).toBe('一般公共服务支出（201类）群众团体事务（20129款）行政运行（2012901项）');
  });
  it('a class alone', () => {
    expect(citeCode({ classCode: '210', className: '卫生健康支出' }, 'a')).toBe('卫生健康支出210（类）');
    expect(citeCode({ classCode: '210', className: '卫生健康支出' }, 'd')).toBe('卫生健康支出（210类）');
  });
});
