import { dec, roundHalfUp, convertUnit, formatAmount, growthRate, percentOf } from '../src/domain/amount';

describe('amounts', () => {
  it('rounds half-up like Excel ROUND, not like toFixed', () => {
    expect(roundHalfUp(dec('1.005'), 2).toFixed(2)).toBe('1.01');
    expect(roundHalfUp(dec('2.675'), 2).toFixed(2)).toBe('2.68');
    expect(roundHalfUp(dec('-2.5'), 0).toFixed(0)).toBe('-3');
  });
  it('converts 元 and 万元 exactly', () => {
    expect(convertUnit(dec('29400500.12'), 'yuan', 'wan').toString()).toBe('2940.050012');
    expect(convertUnit(dec('2940.05'), 'wan', 'yuan').toString()).toBe('29400500');
  });
  it('formats with thousands separators', () => {
    expect(formatAmount(dec('2946.245'))).toBe('2,946.25');
    expect(formatAmount(dec('-1234567.891'))).toBe('-1,234,567.89');
    expect(formatAmount(dec('0'))).toBe('0.00');
  });
  it('divides growth by last year and refuses a zero denominator', () => {
    expect(roundHalfUp(growthRate(dec('234.06'), dec('147.59'))!, 2).toFixed(2)).toBe('58.59');
    expect(growthRate(dec('5'), dec('0'))).toBeNull();
    expect(percentOf(dec('0'), dec('0'))).toBeNull();
  });
});
