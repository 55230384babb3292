// Lookup API over the classification catalog (spec §6). Pure functions, no I/O.
import type {
  CostType, CostTypeMapping, EconomicLevel, EconomicLookup, FunctionEntry, FunctionLevel,
  FunctionLookup, NameAlias, NameCheck, UnitType,
} from './types';
import { FUNCTION_ENTRIES, aliasIn, existsIn, nameIn } from './functionClass';
import { DEFAULT_COST_TYPE, DEPARTMENT_ECONOMIC, GOVERNMENT_ECONOMIC, GOVERNMENT_FROM_DEPARTMENT } from './economicClass';

export * from './types';
export { FUNCTION_CLASSES, FUNCTION_SECTIONS, FUNCTION_ITEMS, FUNCTION_ENTRIES, GENERIC_ITEM_SUFFIXES } from './functionClass';
export { DEPARTMENT_ECONOMIC, GOVERNMENT_ECONOMIC, GOVERNMENT_FROM_DEPARTMENT, DEFAULT_COST_TYPE } from './economicClass';
export { departmentCategories, chineseOrdinal, DEPARTMENT_LAYOUTS } from './departmentCategories';
export type { DepartmentLayout, DepartmentCategoryRow } from './departmentCategories';

const FUNCTION_BY_CODE = new Map(FUNCTION_ENTRIES.map((e) => [e.code, e]));
const ECONOMIC_BY_CODE = new Map([...DEPARTMENT_ECONOMIC, ...GOVERNMENT_ECONOMIC].map((e) => [e.code, e]));

const FUNCTION_LEVEL_BY_LENGTH: Record<number, FunctionLevel> = { 3: 'category', 5: 'section', 7: 'item' };
const MARKER_LENGTH: Record<string, number> = { 类: 3, 款: 5, 项: 7 };

function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Joins groups written level by level: each group is the full code of its level or its 2-digit suffix. */
function joinLevels(groups: Array<{ digits: string; length: number }>): string | null {
  let code = '';
  for (const { digits, length } of groups) {
    if (length <= code.length) return null; // levels must go down 类 → 款 → 项
    if (digits.length === length && digits.startsWith(code)) code = digits;
    else if (digits.length === 2 && code.length === length - 2) code += digits;
    else return null;
  }
  return code || null;
}

const PLAIN_CODE = /^\d{3}(?:\d{2}){0,2}$/;

/**
 * The 3/5/7-digit code written in `raw`, or null. Accepts '2012901', '201 29 01', '201-29-01',
 * '201（类）29（款）01（项）' and narrative forms with names between the markers
 * ('一般公共服务201（类）群众团体事务29（款）行政运行01（项）', '208（类）20805（款）2080505（项）').
 */
export function normaliseFunctionCode(raw: string): string | null {
  if (typeof raw === 'string' && PLAIN_CODE.test(raw)) return raw; // the common case, checked on every code row of every check
  const s = halfWidthDigits(String(raw)).trim();
  const marked = [...s.matchAll(/[（(]?\s*(\d+)\s*[)）]?\s*[（(]?\s*([类款项])\s*[)）]?/g)];
  if (marked.length > 0) {
    return joinLevels(marked.map((m) => ({ digits: m[1], length: MARKER_LENGTH[m[2]] })));
  }
  if (!/^\d+(?:[\s\-－_.．]+\d+)*$/.test(s)) return null;
  // Plain or split digits: group boundaries must fall on level boundaries (after 3 and 5 digits).
  let end = 0;
  for (const part of s.split(/[^\d]+/)) {
    end += part.length;
    if (!FUNCTION_LEVEL_BY_LENGTH[end]) return null;
  }
  return s.replace(/[^\d]+/g, '');
}

export function functionLevel(code: string): FunctionLevel | null {
  const c = normaliseFunctionCode(code);
  return c === null ? null : FUNCTION_LEVEL_BY_LENGTH[c.length];
}

/** 项 → 款, 款 → 类, 类 → null (structural: the parent need not be in the catalog). */
export function functionParent(code: string): string | null {
  const c = normaliseFunctionCode(code);
  return c === null || c.length === 3 ? null : c.slice(0, c.length - 2);
}

function findFunction(code: string): FunctionEntry | undefined {
  const c = normaliseFunctionCode(code);
  return c === null ? undefined : FUNCTION_BY_CODE.get(c);
}

/** The entry with the name in force in `year` (current name without a year); null when unknown or not in force. */
export function lookupFunction(code: string, year?: number): FunctionLookup | null {
  const e = findFunction(code);
  if (!e || !existsIn(e, year)) return null;
  return { code: e.code, name: nameIn(e, year), level: FUNCTION_LEVEL_BY_LENGTH[e.code.length], source: e.source };
}

/** Other codes the spec treats as the same item (2089901 ↔ 2089999). */
export function equivalentFunctionCodes(code: string): string[] {
  return [...(findFunction(code)?.sameAs ?? [])];
}

// Ordinal prefixes a table label may carry: 一、 / （一） / 1.
const LEADING_ORDINAL = /^(?:[一二三四五六七八九十百]+[、.．]|\([一二三四五六七八九十百]+\)、?|\d+[、.．])/;

/** Name comparison key: no whitespace, half-width brackets, no leading ordinal. */
export function normaliseName(name: string): string {
  const t = String(name).replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  return t.replace(LEADING_ORDINAL, '');
}

function yearsText(a: NameAlias): string {
  if (a.since !== undefined && a.until !== undefined) return `${a.since}–${a.until} 年的名称`;
  if (a.until !== undefined) return `${a.until} 年及以前的名称`;
  return `${a.since} 年起的名称`;
}

/** Checks a 科目 code/name pair as written in a table against the 科目表 of `year`. */
export function checkFunctionName(code: string, name: string, year?: number): NameCheck {
  const c = normaliseFunctionCode(code);
  if (c === null) return { status: 'unknownCode', message: `「${String(code).trim()}」不是支出功能分类科目编码` };
  const e = FUNCTION_BY_CODE.get(c);
  if (!e) return { status: 'unknownCode', message: `科目 ${c} 不在支出功能分类科目表中，请核对编码` };
  if (!existsIn(e, year)) {
    return { status: 'unknownCode', message: `科目 ${c} 不在 ${year} 年的支出功能分类科目表中` };
  }
  const expected = nameIn(e, year);
  const given = normaliseName(name);
  const shown = String(name).trim();
  if ([expected, ...(e.variants ?? [])].some((n) => normaliseName(n) === given)) return { status: 'ok' };
  if (given === '') {
    return { status: 'nameMismatch', expected, message: `科目 ${c} 的名称应为「${expected}」，表中未填写名称` };
  }
  const inForce = aliasIn(e, year);
  const yearNote = inForce ? `（${year} 年科目名称）` : '';
  // A name the same code carries in other years: older → oldName, newer → mismatch for this year.
  const otherAlias = e.aliases?.find((a) => a !== inForce && normaliseName(a.name) === given);
  if (otherAlias && otherAlias.until !== undefined && (year === undefined || otherAlias.until < year)) {
    return {
      status: 'oldName', expected,
      message: `科目 ${c} 的名称应为「${expected}」，表中写作旧名称「${shown}」（${yearsText(otherAlias)}）`,
    };
  }
  if (otherAlias || (inForce && normaliseName(e.name) === given)) {
    return {
      status: 'nameMismatch', expected,
      message: `科目 ${c} 的名称应为「${expected}」${yearNote}，表中写作「${shown}」，这是其他年度的名称`,
    };
  }
  return { status: 'nameMismatch', expected, message: `科目 ${c} 的名称应为「${expected}」${yearNote}，表中写作「${shown}」` };
}

function normaliseEconomicCode(raw: string): string | null {
  const s = halfWidthDigits(String(raw)).replace(/[\s\u3000]+/g, '');
  return /^\d{3}(\d{2})?$/.test(s) ? s : null;
}

/** 部门 (3xx) or 政府 (5xx) economic classification entry. */
export function lookupEconomic(code: string): EconomicLookup | null {
  const c = normaliseEconomicCode(code);
  const e = c === null ? undefined : ECONOMIC_BY_CODE.get(c);
  if (!e) return null;
  const level: EconomicLevel = e.code.length === 3 ? 'category' : 'section';
  return { code: e.code, name: e.name, level, source: e.source };
}

export function economicParent(code: string): string | null {
  const c = normaliseEconomicCode(code);
  return c === null || c.length === 3 ? null : c.slice(0, 3);
}

/**
 * 人员经费 or 公用经费 for a 部门 economic 类/款 (§6.4). `mapping` holds provincial deviations,
 * keyed by 款 or 类 (e.g. { '30239': 'personnel' }); a 款 entry wins over its 类.
 */
export function costType(code: string, mapping?: CostTypeMapping): CostType | null {
  const c = normaliseEconomicCode(code);
  if (c === null) return null;
  const cls = c.slice(0, 3);
  return mapping?.[c] ?? mapping?.[cls] ?? DEFAULT_COST_TYPE[cls] ?? null;
}

/**
 * The 政府预算经济分类 款 a 部门 款 is reported under (§6.5), or null when the table does not say.
 * 事业单位 use 505 instead of 501/502.
 */
export function governmentEconomicFor(departmentCode: string, unitType: UnitType = 'administrative'): EconomicLookup | null {
  const c = normaliseEconomicCode(departmentCode);
  if (c === null || c.length !== 5) return null;
  const rows = GOVERNMENT_FROM_DEPARTMENT.filter((m) => m.unitType === undefined || m.unitType === unitType);
  const row = rows.find((m) => m.department.includes(c)) ?? rows.find((m) => m.department.includes(c.slice(0, 3)));
  const target = row && ECONOMIC_BY_CODE.get(row.government);
  if (!row || !target) return null;
  return { code: target.code, name: target.name, level: 'section', source: row.source };
}
