// Formula oracle: recalculates an .xlsx with LibreOffice Calc headless and reads the values
// back. An isolated profile forces recalculation on load (OOXMLRecalcMode=0); without it
// LibreOffice keeps stale cached values (see spec addin-engineering §2.5).
import { execFileSync } from 'child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(p)) return p;
  // Never skip: a formula test without its engine must fail loudly (CI installs libreoffice-calc-nogui).
  throw new Error('找不到 LibreOffice（soffice）。请安装 Debian 软件包 libreoffice-calc-nogui，或运行 bash scripts/test.sh。');
}

/** Recalculates the workbook and returns the recalculated .xlsx bytes. */
export function recalculate(xlsx: Uint8Array, forceRecalc = true): Buffer {
  const soffice = sofficePath();
  const dir = mkdtempSync(join(tmpdir(), 'dt-oracle-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    if (forceRecalc) writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
    const input = join(dir, 'in.xlsx');
    const outDir = join(dir, 'out');
    writeFileSync(input, xlsx);
    execFileSync('timeout', ['120', soffice, `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, input], {
      stdio: 'pipe',
    });
    return readFileSync(join(outDir, 'in.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type OracleValue = number | string | boolean | null | { error: string };

/** sheet name → A1 address → computed value (formula cells give their recalculated result). */
export async function recalculatedValues(xlsx: Uint8Array, forceRecalc = true): Promise<Record<string, Record<string, OracleValue>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(recalculate(xlsx, forceRecalc) as unknown as ArrayBuffer);
  const out: Record<string, Record<string, OracleValue>> = {};
  wb.eachSheet((ws) => {
    const sheet: Record<string, OracleValue> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          const r = (cell as unknown as { result: unknown }).result; // ExcelJS omits a 0 result in v.result
          sheet[cell.address] = r && typeof r === 'object' && 'error' in (r as object) ? { error: String((r as { error: string }).error) } : ((r ?? 0) as OracleValue);
        } else if (v && typeof v === 'object' && 'error' in v) sheet[cell.address] = { error: String(v.error) };
        else sheet[cell.address] = v as OracleValue;
      }),
    );
    out[ws.name] = sheet;
  });
  return out;
}
