import { parseCell } from '../src/domain/cellValue';

const num = (raw: Parameters<typeof parseCell>[0]) => {
  const p = parseCell(raw);
  return p.kind === 'number' ? `${p.value.toString()}/${p.decimals}` : p.kind;
};

describe('parseCell', () => {
  it('reads numbers and text numbers with separators, full-width digits and units', () => {
    expect(num(2940.05)).toBe('2940.05/2');
    expect(num(0.1)).toBe('0.1/1');
    expect(num('1,234,567.89')).toBe('1234567.89/2');
    expect(num('１２３４．５０')).toBe('1234.5/2');
    expect(num(' 2 946.25 ')).toBe('2946.25/2');
    expect(num('¥88.00')).toBe('88/2');
    expect(num('-12.30')).toBe('-12.3/2');
    expect(num('(1,000.00)')).toBe('-1000/2');
    expect(num('326.72万元')).toBe('326.72/2');
  });
  it('reads blanks as blank and dashes as zero', () => {
    expect(parseCell(null).kind).toBe('blank');
    expect(parseCell('   ').kind).toBe('blank');
    for (const d of ['-', '—', '——', '–', '－']) expect(num(d)).toBe('0/0');
  });
  it('reads percentages in percent points', () => {
    const p = parseCell('58.59%');
    expect(p.kind === 'percent' && p.value.toString()).toBe('58.59');
  });
  it('reports spreadsheet errors with a Chinese message instead of throwing', () => {
    const p = parseCell('#REF!');
    expect(p.kind).toBe('error');
    expect(p.kind === 'error' && p.message).toContain('引用无效');
    expect(parseCell('#DIV/0!').kind).toBe('error');
    expect(parseCell(Number.NaN).kind).toBe('error');
  });
  it('keeps other text as text', () => {
    expect(parseCell('一般公共服务支出')).toEqual({ kind: 'text', text: '一般公共服务支出' });
    expect(parseCell('12.3.4').kind).toBe('text');
  });
});
