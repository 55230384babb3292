import { dec } from '../src/domain/amount';
import { compareCopy, comparePercent, compareSum } from '../src/domain/compare';

const op = (v: string, decimals = 2) => ({ value: dec(v), decimals });

describe('interval comparison (spec §0.2)', () => {
  it('一致 when the figures agree to the shown decimals', () => {
    expect(compareSum(op('2946.25'), [op('2940.05'), op('6.20')]).verdict).toBe('consistent');
  });
  it('尾差 for the 普陀 326.71 vs 326.72 copy, and 0.01 on a 2-term sum (seed 002)', () => {
    const c = compareCopy(op('326.71'), op('326.72'));
    expect(c.verdict).toBe('roundingDifference');
    expect(c.difference.toFixed(2)).toBe('-0.01');
    expect(compareSum(op('355.20'), [op('335.86'), op('19.35')]).verdict).toBe('roundingDifference');
  });
  it('不一致 beyond what rounding can explain', () => {
    expect(compareCopy(op('844.68'), op('844.70')).verdict).toBe('inconsistent');
    expect(compareSum(op('37.62'), [op('22.59'), op('14.63')]).verdict).toBe('inconsistent');
  });
  it('a sum of many terms tolerates up to the cap, not more', () => {
    const terms = Array.from({ length: 20 }, () => op('1.00'));
    expect(compareSum(op('20.04'), terms).verdict).toBe('roundingDifference');
    expect(compareSum(op('20.06'), terms).verdict).toBe('inconsistent');
  });
  it('exact mode (舍位平衡 tables) allows no difference', () => {
    expect(compareCopy(op('326.71'), op('326.72'), { exact: true }).verdict).toBe('inconsistent');
  });
  it('percentages: 36.94% printed for 58.59% is inconsistent, 94.43 for 94.44 is 尾差', () => {
    expect(comparePercent(op('36.94'), dec('86.47').div('147.59').mul(100)).verdict).toBe('inconsistent');
    expect(comparePercent(op('94.43'), dec('94.4351')).verdict).toBe('roundingDifference'); // should print 94.44
    expect(comparePercent(op('58.59'), dec('58.5879')).verdict).toBe('consistent');
  });
});
