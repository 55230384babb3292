import { scaledNumber } from '../src/domain/operands';
// The exact integer form of typed amounts behind the fast path of the checks.
it('scales a typed number by its decimal digits, and declines what is not exact', () => {
  expect(scaledNumber(2515.62, 2)).toBe(251562);
  expect(scaledNumber(0.1 + 0.2, 2)).toBeUndefined();
  expect(scaledNumber(0.397, 2)).toBeUndefined();
  expect(scaledNumber(29462500, -2)).toBe(294625);
  expect(scaledNumber(29462501, -2)).toBeUndefined();
  expect(scaledNumber(-1.5, 2)).toBe(-150);
  expect(scaledNumber(1e21, 2)).toBeUndefined();
  expect(scaledNumber(0, 2)).toBe(0);
  expect(scaledNumber(120, 2)).toBe(12000);
});
