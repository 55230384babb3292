// The table-spec data format. A table is data: columns, header rows, blocks of rows, and
// named rules. Layout, formulas, recognition and checks are all derived from it.

export type ColumnKind = 'label' | 'code' | 'name' | 'rowNo' | 'amount' | 'percent' | 'text';

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  /** Width in characters; defaults by kind. */
  width?: number;
  /** Present only in layouts that print 行次/栏次 (central style). */
  rowNumbersOnly?: boolean;
}

/** A header cell spanning columns `from`…`to` (keys) and `rows` header rows. */
export interface HeaderCellSpec {
  /** Text; `{amountLabel}`-style placeholders are filled from the layout options. */
  text: string;
  from: string;
  to?: string;
  rows?: number;
}

export interface HeaderRowSpec {
  cells: HeaderCellSpec[];
  /** The 栏次 row: printed only in layouts with row numbers. */
  colNoRow?: boolean;
}

export interface FixedRowSpec {
  key: string;
  label: string;
  /** Other labels the same row is printed with (years, regions). */
  aliases?: string[];
  /** Function- or economic-class code, where the row stands for one. */
  code?: string;
  /** The table's 合计 row: printed first, or last where the layout puts totals at the bottom. */
  total?: boolean;
}

/** Rows generated from the catalog: the 类 rows of T01/T04 (spec §1.0). */
export interface CategoryRowsSpec {
  categoryRows: true;
  /** Row keys are `${keyPrefix}${code}`, e.g. exp_c201. */
  keyPrefix: string;
  /** Name of the group the rows form, for rules (e.g. "classRows"). */
  group: string;
}

/**
 * A dynamic region of coded rows (类/款/项 of a classification), in code order. The user
 * types 项 rows; 款 and 类 rows are generated with names from the catalog. Row keys are
 * `c${code}`; with no data the template shows `blankRows` empty rows.
 */
export interface CodeRegionSpec {
  codeRegion: true;
  /** 'none' for uncoded lists such as projects (名称 only). */
  classification: 'function' | 'economic' | 'none';
  group: string;
  codeColumn: string;
  nameColumn: string;
  blankRows: number;
  /** Codes printed even when zero (T06's fixed economic lists). */
  fixedCodes?: string[];
}

export type RowItemSpec = FixedRowSpec | CategoryRowsSpec | CodeRegionSpec;

/**
 * Blocks sit side by side (收入 | 支出). Each block has head rows and tail rows; tails of
 * all blocks are bottom-aligned, with blank rows padding the shorter head (spec §0.4).
 */
export interface BlockSpec {
  id: string;
  /**
   * A section stacked below everything before it, with its own header rows (the parts of a
   * 绩效 form: 预算执行情况, then 绩效指标). Blocks without it sit side by side.
   */
  section?: { header: HeaderRowSpec[] };
  labelColumn: string;
  rowNoColumn?: string;
  amountColumns: string[];
  head: RowItemSpec[];
  tail: FixedRowSpec[];
}

/** A cell: row key (or a group of rows) × column key (default: the block's only amount column). */
export interface CellRefSpec {
  row: string;
  col?: string;
}
export interface GroupRefSpec {
  group: string;
  col?: string;
}
export type TermSpec = (CellRefSpec | GroupRefSpec) & { sign?: 1 | -1 };

export type Severity = 'error' | 'warn' | 'info';

interface RuleBase {
  /** Spec §4 identity id, e.g. D01. */
  id: string;
  /** Plain Chinese description. */
  description: string;
  severity: Severity;
}

/** target = Σ terms. With `fill`, the add-in writes it as a formula into the target. */
export interface SumRuleSpec extends RuleBase {
  type: 'sum';
  target: CellRefSpec;
  terms: TermSpec[];
  fill: boolean;
}

/** left = right, a balance checked but never written (both sides are computed elsewhere). */
export interface EqualRuleSpec extends RuleBase {
  type: 'equal';
  left: TermSpec[];
  right: TermSpec[];
}

/** target = part / whole × 100, guarded against a zero denominator. */
export interface ShareRuleSpec extends RuleBase {
  type: 'share';
  target: CellRefSpec;
  part: CellRefSpec;
  whole: CellRefSpec;
  fill: boolean;
}

/** In every row of `rows` ('all', a group, or a block id): col target = Σ cols terms. */
export interface RowSumRuleSpec extends RuleBase {
  type: 'rowSum';
  rows: string;
  target: string;
  terms: Array<{ col: string; sign?: 1 | -1 }>;
  fill: boolean;
}

/**
 * In each column: 类 = Σ its 款, 款 = Σ its 项 (by code prefix), and the total row = Σ 类.
 * Formulas use SUMPRODUCT on the code column so they stay right when rows are inserted.
 */
export interface HierarchyRuleSpec extends RuleBase {
  type: 'hierarchy';
  group: string;
  columns: string[];
  /** Row key of the 合计 row, if the table has one. */
  total?: string;
  fill: boolean;
}

/*
 * Rules on the points and texts of 绩效 forms (spec §4.5). They are checks only, never
 * written: fill has nothing to compute. Points (权重, 得分) are not amounts: they are read as
 * typed, never converted between 元 and 万元. Blank cells are skipped, not violations.
 */

/** Σ terms = a constant (Σ权重 = 100); skipped while every term is blank. */
export interface ConstantRuleSpec extends RuleBase {
  type: 'constant';
  terms: TermSpec[];
  value: number;
}

/**
 * In every row of `rows` (row keys or groups): min ≤ col ≤ the row's `maxCol` (0 ≤ 得分 ≤
 * 权重). A text maximum such as 「数量指标(6)」 gives the number in brackets (form D).
 */
export interface BoundRuleSpec extends RuleBase {
  type: 'bound';
  rows: string[];
  col: string;
  min?: number;
  maxCol?: string;
}

/** target = weight × min(part / whole, 1): the 预算执行 score (P03); a blank weight is `fullMarks`. */
export interface ScoreRuleSpec extends RuleBase {
  type: 'score';
  target: CellRefSpec;
  part: CellRefSpec;
  whole: CellRefSpec;
  weight: CellRefSpec;
  fullMarks: number;
}

/**
 * In every row of `rows`: when |actual − budget| / budget ≥ threshold %, the `reason` cell
 * must not be empty (偏差原因分析, P08).
 */
export interface ExplainRuleSpec extends RuleBase {
  type: 'explain';
  rows: string[];
  budget: string;
  actual: string;
  reason: string;
  threshold: number;
}

export type FormRuleSpec = ConstantRuleSpec | BoundRuleSpec | ScoreRuleSpec | ExplainRuleSpec;

export type RuleSpec = SumRuleSpec | EqualRuleSpec | ShareRuleSpec | RowSumRuleSpec | HierarchyRuleSpec | FormRuleSpec;

/**
 * Where a 绩效 form keeps each indicator row's fields (spec §3.0, P10): column keys of the
 * indicator part. `operator` is the separate 指标性质 column of the Sichuan form.
 */
export interface IndicatorColumnsSpec {
  level1: string;
  level2: string;
  operator?: string;
  target: string;
  unit?: string;
  actual?: string;
  reason?: string;
}

/**
 * A cell that restates another table (T01's class rows ← T03, T04 ← T05/T08/T09). Written
 * only when the user asks for links, as a visible formula; the checks stay independent.
 * A group target matches each row's code in the source table's code column (SUMIFS, so a
 * missing source row gives 0); a row target reads the source's row of the same key.
 */
export interface LinkSpec {
  id: string;
  description: string;
  target: CellRefSpec | GroupRefSpec;
  source: { table: string; col: string; row?: string };
}

export interface TableSpec {
  id: string;
  kind: 'finalAccounts' | 'budget' | 'performance';
  title: string;
  /** Printed under the title in central layouts, e.g. 公开01表. */
  publicNo?: string;
  /** Other titles the same table is published under (recognition). */
  titleAliases?: string[];
  columns: ColumnSpec[];
  header: HeaderRowSpec[];
  /** Defaults for header placeholders, e.g. { amountLabel: '金额' }. */
  labels?: Record<string, string>;
  blocks: BlockSpec[];
  rules: RuleSpec[];
  links?: LinkSpec[];
  /** Shown to the user beside the table, e.g. that its layout is unverified (Sichuan SC05/07/09). */
  note?: string;
  footer?: string;
  /** 绩效 forms: the fields of the indicator rows, for the indicator checks (P10). */
  indicators?: IndicatorColumnsSpec;
  /** Printed under the table when all its amounts are zero; spec §1.8, D36. */
  emptyNote?: string;
}

/** Category-row variants of spec §1.0. */
export type CategoryVariant = 'full2024' | 'shanghai2024' | 'layout2019';

/** How one region/year prints its tables. */
export interface LayoutOptions {
  rowNumbers: boolean;
  categoryVariant: CategoryVariant;
  /** Header placeholder overrides, e.g. { amountLabel: '决算数' }. */
  labels?: Record<string, string>;
  zeroDisplay: 'blank' | 'zero';
  /** Shanghai prints the 合计 row of coded tables last (spec §1.5). Default 'top'. */
  totalRow?: 'top' | 'bottom';
}

export interface ProfileSpec {
  /** `<region>-<kind>-<year>`, e.g. central-final-2024. */
  id: string;
  name: string;
  region: string;
  kind: 'finalAccounts' | 'budget' | 'performance';
  year: number;
  layout: LayoutOptions;
  /** Table ids in publication order. */
  tables: string[];
}
