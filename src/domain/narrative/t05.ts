// The 一般公共预算财政拨款支出决算表 (T05) as the 决算 draft reads it: its non-zero 类/款/项 rows
// and their citations (spec §5.0 code styles), shared by sections 五 and 六.
import type { DraftContext } from './context';
import { withoutSpending } from './styles';
import { citeCode, type Num } from './wording';

export interface T05Row { code: string; key: string; name: string; n: Num }

/** 类/款/项 rows of T05 with amounts, in code order. */
export function t05Rows(ctx: DraftContext): T05Row[] {
  const m = ctx.cur.models.get('T05');
  if (!m) return [];
  return (m.groups.codeRows ?? [])
    .map((key) => ({ code: key.slice(1), key, name: m.rows[key]?.label ?? key.slice(1), n: ctx.table('T05', `${key}.e_total`) }))
    .filter((r): r is T05Row => !!r.n && !r.n.value.isZero())
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** 「一般公共服务201（类）群众团体事务20129（款）行政运行2012901（项）」 for a code of the rows. */
export function itemCite(ctx: DraftContext, rows: T05Row[]): (code: string) => string {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return (code) => {
    const c = byCode.get(code.slice(0, 3));
    const s = byCode.get(code.slice(0, 5));
    const i = byCode.get(code);
    // The 2020 template cites 「一般公共服务201（类）」: the 类 name without its trailing 支出.
    const className = c?.name ?? code.slice(0, 3);
    return citeCode({
      classCode: code.slice(0, 3), className: ctx.w.classWithSpending ? withoutSpending(className) : className,
      ...(code.length >= 5 ? { sectionCode: code.slice(0, 5), sectionName: s?.name ?? '' } : {}),
      ...(code.length === 7 ? { itemCode: code, itemName: i?.name ?? '' } : {}),
    }, ctx.o.codeStyle);
  };
}
