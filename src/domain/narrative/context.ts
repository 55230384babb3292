// What drafting reads: the recognised tables, the auxiliary sheet, last year's workbook, the
// settings; and what it collects: findings and reason slots. Values come with their cells.
import { D, ZERO } from '../amount';
import { recogniseWorkbook } from '../checks';
import type { Finding } from '../findings';
import { readMetadata } from '../metadata';
import type { TableModel } from '../recognise';
import { profile as findProfile } from '../spec/profiles';
import type { ProfileSpec } from '../spec/types';
import { TABLES } from '../tables';
import type { WorkbookSnapshot } from '../../workbook/port';
import type { NarrativeOptions, ReasonSlot } from './api';
import type { NarrativeRun } from './document';
import { auxNumber, auxText, readAux, type AuxData } from './aux';
import { change, type Num, type TextOptions } from './wording';
import { wordingStyle, type WordingStyle } from './styles';

export type DraftOptions = NarrativeOptions & TextOptions;

export interface Workbook {
  models: Map<string, TableModel>;
  aux: AuxData;
}

export function readWorkbook(snapshot: WorkbookSnapshot): Workbook {
  const models = new Map<string, TableModel>();
  for (const { spec, model } of recogniseWorkbook(snapshot)) if (!models.has(spec.id)) models.set(spec.id, model);
  return { models, aux: readAux(snapshot) };
}

/** A table cell as a figure; blank counts as 0 (spec §0.1). null when the table or cell is missing. */
export function tableNum(wb: Workbook, table: string, key: string): Num | null {
  const m = wb.models.get(table);
  const c = m?.cells[key];
  if (!m || !c) return null;
  const cells = [{ sheet: m.sheet, address: c.address }];
  if (c.parsed.kind === 'number') return { value: m.unit === 'yuan' ? c.parsed.value.div(10000) : c.parsed.value, cells };
  if (c.parsed.kind === 'blank') return { value: ZERO, cells };
  return null;
}

export function auxNum(wb: Workbook, key: string): Num | null {
  const v = auxNumber(wb.aux, key);
  return v ? { value: v.value!, cells: [v.cell] } : null;
}

export class DraftContext {
  readonly findings: Finding[] = [];
  readonly reasons: ReasonSlot[] = [];
  readonly cur: Workbook;
  readonly prev: Workbook | null;
  readonly profile: ProfileSpec | undefined;
  readonly year: number;
  readonly dept: string;
  readonly o: DraftOptions;
  private readonly missing = new Set<string>();

  constructor(snapshot: WorkbookSnapshot, options: Partial<DraftOptions>, previous?: WorkbookSnapshot) {
    this.cur = readWorkbook(snapshot);
    this.prev = previous ? readWorkbook(previous) : null;
    const inserted = readMetadata(snapshot).tables;
    this.profile = inserted.length ? findProfile(inserted[0].profile) : undefined;
    const header = headerInfo(snapshot);
    this.year = options.year ?? header.year ?? this.profile?.year ?? new Date().getFullYear() - 1;
    this.dept = options.dept ?? header.dept ?? '';
    const region = this.profile?.region;
    this.o = {
      selfReference: '本部门',
      pctDecimals: 2,
      stripTrailingZeros: false,
      listZeroItems: region === 'sichuan' || region === 'hebei',
      codeStyle: region === 'shanghai' ? 'c' : this.profile?.id === 'sichuan-final-2024' ? 'b' : 'a',
      completionBase: '年初预算',
      zeroInText: '0',
      trimAmounts: region === 'hebei',
      // The 2020 Sichuan template prints 「占100%」「12万元」「4.6万元」 (seed 000).
      ...(options.style === 'sichuan2020' ? { stripTrailingZeros: true, trimAmounts: true } : {}),
      ...stripUndefined(options),
    };
  }

  get isBudget(): boolean {
    if (this.profile) return this.profile.kind === 'budget';
    return [...this.cur.models.keys()].some((t) => t.startsWith('B')) && !this.cur.models.has('T01');
  }

  /** The wording profile's fixed words (styles.ts). */
  get w(): WordingStyle {
    return wordingStyle(this.o.style);
  }

  /** A reason the user typed in the auxiliary sheet, without opening a slot for it ('' when none). */
  typedReason(id: string): string {
    return (auxText(this.cur.aux, `reason.${id}`)?.text ?? '').replace(/[。；;.]+$/, '');
  }

  /** The unit's name for 「{单位}」 sentences, else the self-reference. */
  get who(): string {
    return this.dept || this.o.selfReference;
  }

  table(table: string, key: string): Num | null {
    const n = tableNum(this.cur, table, key);
    if (n) return n;
    const m = this.cur.models.get(table);
    const c = m?.cells[key];
    if (m && c && !this.missing.has(`${table}.${key}`)) {
      // The table is there but the cell holds an error value or text: say which cell.
      this.missing.add(`${table}.${key}`);
      const what = c.parsed.kind === 'error' ? c.parsed.message : `文字「${String(c.value)}」`;
      this.findings.push({ rule: 'N00', severity: 'warn', cells: [{ sheet: m.sheet, address: c.address }], message: `「${m.sheet}」${c.address} 是${what}，不是金额；情况说明中该数字留空待填。` });
    } else if (!m || !c) this.noteMissing(table);
    return null;
  }

  has(table: string): boolean {
    return this.cur.models.has(table);
  }

  aux(key: string): Num | null {
    return auxNum(this.cur, key);
  }

  /**
   * Last year's figure: the auxiliary sheet first, then last year's workbook (issue 7: its
   * totals fill the 上年 values when the sheet has none).
   */
  previous(auxKey: string, table?: string, key?: string): Num | null {
    const typed = this.aux(auxKey);
    if (typed) return typed;
    if (!this.prev || !table || !key) return null;
    // Last year's cells are in another file: the figure is used, its cells are not linked.
    const n = tableNum(this.prev, table, key) ?? auxNum(this.prev, auxKey.replace(/^prev\./, 'cur.'));
    return n ? { value: n.value, cells: [] } : null;
  }

  private noteMissing(table: string): void {
    if (this.missing.has(table)) return;
    this.missing.add(table);
    const title = TABLES[table]?.title ?? table;
    this.findings.push({
      rule: 'N00', severity: 'warn', cells: [],
      message: `未识别到「${title}」，情况说明中引用它的数字留空待填（【】处）。`,
    });
  }

  /** A gap for a fact no table holds; reported once per key. */
  input(key: string, what: string): NarrativeRun {
    // Gaps left by a missing table are covered by that table's finding.
    const fromTable = /^[TBS]\w*\.|^share\.|\.change$|\.completion$/.test(key);
    if (!fromTable && !this.findings.some((f) => f.rule === 'N00' && f.message.includes(`「${what}」`))) {
      this.findings.push({ rule: 'N00', severity: 'info', cells: [], message: `缺少「${what}」：请在「说明辅助数据」表的 ${key} 行填写，或在起草稿中补上。` });
    }
    return { text: `【${what}】`, placeholder: { id: `input.${key}`, kind: 'input' } };
  }

  /** 「主要原因是…」: the typed reason (reused), or a placeholder; last year's text as suggestion. */
  reason(id: string, sectionId: string, prompt: string): NarrativeRun {
    const typed = auxText(this.cur.aux, `reason.${id}`)?.text ?? '';
    const suggestion = this.prev ? auxText(this.prev.aux, `reason.${id}`)?.text : undefined;
    if (!this.reasons.some((r) => r.id === id)) this.reasons.push({ id, sectionId, prompt, text: typed, ...(suggestion ? { suggestion } : {}) });
    if (typed) return { text: typed.replace(/[。；;.]+$/, '') };
    return { text: '【请填写原因】', placeholder: { id: `reason.${id}`, kind: 'reason' } };
  }

  /** A change against last year that needs 「主要原因是…」 (spec §5.1, threshold setting). */
  needsReason(cur: Num | null, prev: Num | null): boolean {
    return changed(cur, prev, this.o.reasonThreshold ?? 0);
  }

  finding(f: Finding): void {
    this.findings.push(f);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Year and department from the tables' header block (「2020年度」, 「部门：…」/「编制单位：…」). */
function headerInfo(snapshot: WorkbookSnapshot): { year?: number; dept?: string } {
  let year: number | undefined;
  let dept: string | undefined;
  for (const s of snapshot.sheets) {
    for (let r = 0; r < Math.min(5, s.rowCount); r++) {
      for (const v of s.values[r] ?? []) {
        if (typeof v !== 'string') continue;
        const y = /(20\d{2})\s*年度?/.exec(v);
        if (y && year === undefined) year = Number(y[1]);
        const d = /(?:部门|编制单位|单位名称)[:：]\s*(\S+)/.exec(v);
        if (d && dept === undefined && !/万元|元$/.test(d[1])) dept = d[1];
      }
    }
    if (year !== undefined && dept !== undefined) break;
  }
  return { year, dept };
}

export const isZero = (n: Num | null) => !n || new D(n.value).isZero();

/** A change that needs a reason: not 持平, and (with a threshold) a rate of at least that many %. */
export function changed(cur: Num | null, prev: Num | null, threshold = 0): boolean {
  if (!cur || !prev) return false;
  const c = change(cur.value, prev.value);
  if (c.direction === 'flat') return false;
  return threshold <= 0 || !c.rate || c.rate.greaterThanOrEqualTo(threshold);
}
