// Types of the classification catalog (spec §6). Codes are always strings: leading zeros
// in suffixes ("01") matter and Excel may hand us numbers that must be re-read as text.

/** Confidence tag copied from the spec: seen in the seeds, seen in a cited source, or background knowledge. */
export type Source = 'SEED' | 'SRC' | 'K';

/** Another name of the same code, in use for the years given (inclusive bounds). */
export interface NameAlias {
  name: string;
  since?: number;
  until?: number;
}

/** 支出功能分类 entry: 类 (3 digits), 款 (5) or 项 (7). */
export interface FunctionEntry {
  code: string;
  /** Current name (≈2020–2024 科目表). */
  name: string;
  /** First tag the spec gives; further tags in `otherSources`. */
  source: Source;
  otherSources?: Source[];
  since?: number;
  until?: number;
  /** Older (or newer) names by year. */
  aliases?: NameAlias[];
  /** Spellings that real documents use for the same name in the same year, accepted as equal. */
  variants?: string[];
  /** Codes that stand for the same item in other documents or years (2089901 ↔ 2089999). */
  sameAs?: string[];
  /** 类 only: whether T01/T04 print it (spec §6.1). */
  inDepartmentTables?: boolean;
  /** What the spec says is unverified about this entry. */
  note?: string;
}

export type FunctionLevel = 'category' | 'section' | 'item';
export type EconomicLevel = 'category' | 'section';

/** Economic classification entry: 部门 (3xx) or 政府 (5xx); 类 3 digits, 款 5 digits. */
export interface EconomicEntry {
  code: string;
  name: string;
  source: Source;
  note?: string;
}

/** Unit kind, which decides between 501/502 and 505 in the government classification. */
export type UnitType = 'administrative' | 'institution';

/** One row of the 政府款 ← 部门款 table of §6.5. */
export interface EconomicMapping {
  government: string;
  department: string[];
  source: Source;
  /** Only for this kind of unit; both when absent. */
  unitType?: UnitType;
  note?: string;
}

export type CostType = 'personnel' | 'public';
export type CostTypeMapping = { [code: string]: CostType };

export interface FunctionLookup {
  code: string;
  name: string;
  level: FunctionLevel;
  source: Source;
}

export interface EconomicLookup {
  code: string;
  name: string;
  level: EconomicLevel;
  source: Source;
}

export type NameCheck =
  | { status: 'ok' }
  | { status: 'unknownCode'; message: string }
  | { status: 'oldName'; expected: string; message: string }
  | { status: 'nameMismatch'; expected: string; message: string };
