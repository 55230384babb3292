import { FormulaEngine } from '../src/preview/formulaEngine';
import { MemoryWorkbook } from '../src/workbook/memory';

async function engineWith(cells: Record<string, string | number>) {
  const wb = new MemoryWorkbook();
  for (const [a, v] of Object.entries(cells)) {
    const [sheet, addr] = a.includes('!') ? a.split('!') : ['表', a];
    wb.setCell(sheet, addr, v);
  }
  return new FormulaEngine(await wb.read());
}

describe('preview formula engine', () => {
  it('SUM over ranges ignores text and dashes, ROUND is half-up, cross-sheet refs work', async () => {
    const e = await engineWith({ A1: 1.005, A2: '—', A3: 2, A4: '=SUM(A1:A3)', A5: '=ROUND(A1,2)', '核对!A1': "='表'!A4*2" });
    expect(e.value('表', 4, 1)!.toString()).toBe('3.005');
    expect(e.value('表', 5, 1)!.toString()).toBe('1.01');
    expect(e.value('核对', 1, 1)!.toString()).toBe('6.01');
  });
  it('guards, errors and the hierarchy formulas of spec §1.2', async () => {
    const e = await engineWith({
      A1: '201', A2: '20129', A3: '2012901', A4: '2012902', B2: 0, B3: 10.5, B4: 4.25,
      B1: '=SUMPRODUCT((LEN(A2:A4)=7)*(LEFT(A2:A4,3)=A1)*B2:B4)',
      C1: '=IF(SUM(B2)=0,0,ROUND(B3/B2*100,2))', C2: '=B3/B2', C3: '=IFERROR(B3/B2,0)', C4: '=SUMIFS(B2:B4,A2:A4,"201*")',
    });
    expect(e.value('表', 1, 2)!.toString()).toBe('14.75');
    expect(e.value('表', 1, 3)!.toString()).toBe('0');
    expect(e.value('表', 2, 3)).toEqual({ error: '#DIV/0!' });
    expect(e.value('表', 3, 3)!.toString()).toBe('0');
    expect(e.value('表', 4, 3)!.toString()).toBe('14.75');
  });
  it('a circular reference becomes an error value, not a crash', async () => {
    const e = await engineWith({ A1: '=A2', A2: '=A1+1' });
    expect(e.value('表', 1, 1)).toEqual({ error: '#循环引用' });
  });
});

describe('array arithmetic with blank cells', () => {
  it('treats blanks in a range as 0 (the 类 rows of a fresh T06 template), not as #N/A', async () => {
    const e = await engineWith({ A1: '30101', A2: '30102', A3: '303', B1: 2.5, C1: '=SUMPRODUCT((LEN(A1:A3)=5)*B1:B3)', C2: '=SUMPRODUCT(B1:B3*2)' });
    expect(e.value('表', 1, 3)!.toString()).toBe('2.5');
    expect(e.value('表', 2, 3)!.toString()).toBe('5');
  });
});
