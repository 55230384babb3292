// The auxiliary input sheet INPUT_AUX (spec §1.11): facts the narrative needs that no published
// table holds (last year's figures, 年初预算 by 项, 三公 counts, procurement, assets, performance
// counts) and the reasons the user typed. One row per key: 键 | 项目 | 数值或文字 | 说明.
// A dedicated small plan, not a table spec: its rows are keyed, not recognised by label.
import type Decimal from 'decimal.js';
import { address } from '../a1';
import { parseCell } from '../cellValue';
import type { CellLocation } from '../findings';
import type { CellValue, CellWrite, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../../workbook/port';

export const AUX_SHEET = '说明辅助数据';
const AUX_MARK = 'INPUT_AUX';
/** Rows above the first key row: title, note, column headers. */
const FIRST_ROW = 4;

export interface AuxField {
  key: string;
  label: string;
  kind: 'amount' | 'count' | 'text';
}

const amount = (key: string, label: string): AuxField => ({ key, label, kind: 'amount' });
const count = (key: string, label: string): AuxField => ({ key, label, kind: 'count' });
const text = (key: string, label: string): AuxField => ({ key, label, kind: 'text' });

/** The fixed rows, in the order printed. Dynamic rows (budget.gpb_item.<项>, reason.<id>) follow. */
export const AUX_FIELDS: readonly AuxField[] = [
  amount('prev.inc_total', '上年收入总计'),
  amount('prev.exp_total', '上年支出总计'),
  amount('prev.inc_year', '上年本年收入合计'),
  amount('prev.exp_year', '上年本年支出合计'),
  amount('prev.fin_inc_total', '上年财政拨款收入总计'),
  amount('prev.fin_exp_total', '上年财政拨款支出总计'),
  amount('prev.gpb_exp', '上年一般公共预算财政拨款支出'),
  amount('prev.gf_exp', '上年政府性基金预算财政拨款支出'),
  amount('prev.sangong.total', '上年“三公”经费支出合计'),
  amount('prev.sangong.abroad', '上年因公出国（境）费'),
  amount('prev.sangong.car', '上年公务用车购置及运行维护费'),
  amount('prev.sangong.car_buy', '上年公务用车购置费'),
  amount('prev.sangong.car_run', '上年公务用车运行维护费'),
  amount('prev.sangong.recep', '上年公务接待费'),
  amount('prev.jgyxjf', '上年机关运行经费'),
  amount('cur.jgyxjf', '本年机关运行经费（空白时取基本支出表公用经费合计）'),
  text('text.personnel', '人员经费主要项目（填写后代替按基本支出表非零款列出的名称）'),
  text('text.public', '公用经费主要项目（填写后代替按基本支出表非零款列出的名称）'),
  text('basic.pub_item', '日常公用经费所在的功能分类项（7位编码；空白时取行政运行项）'),
  amount('budget.gpb_total', '一般公共预算财政拨款支出年初预算数'),
  amount('budget.gpb_total_adj', '一般公共预算财政拨款支出调整预算数（全年预算数）'),
  count('sangong.abroad_groups', '因公出国（境）团组数'),
  count('sangong.abroad_people', '因公出国（境）人次'),
  count('sangong.car_buy_count', '本年购置公务用车辆数'),
  // 购置 and 保有量 by type (spec §5.2 七(二) 2); blank types are left out of the sentence.
  count('sangong.car_buy_sedan', '本年购置轿车（辆）'),
  amount('sangong.car_buy_sedan_amt', '本年购置轿车金额'),
  count('sangong.car_buy_suv', '本年购置越野车（辆）'),
  amount('sangong.car_buy_suv_amt', '本年购置越野车金额'),
  count('sangong.car_buy_bus', '本年购置载客汽车（辆）'),
  amount('sangong.car_buy_bus_amt', '本年购置载客汽车金额'),
  text('note.s7.car_buy', '公务用车购置补充说明（接在购置辆数之后）'),
  count('sangong.car_stock', '年末公务用车保有量（辆）'),
  count('sangong.car_stock_sedan', '年末轿车保有量（辆）'),
  count('sangong.car_stock_suv', '年末越野车保有量（辆）'),
  count('sangong.car_stock_bus', '年末载客汽车保有量（辆）'),
  text('note.s7.car_run', '公务用车运行维护费说明（一句，接在运行维护费之后）'),
  amount('sangong.recep_dom', '国内公务接待费（空白时取公务接待费减外事接待费）'),
  text('use.recep_dom', '国内公务接待费主要用途'),
  count('sangong.recep_dom_batches', '国内公务接待批次'),
  count('sangong.recep_dom_people', '国内公务接待人次'),
  count('sangong.recep_dom_escorts', '国内公务接待陪同人员人次'),
  text('text.recep_dom_list', '国内公务接待具体内容（用“；”分隔，写明每次金额“X万元”）'),
  amount('sangong.recep_for', '外事接待费'),
  count('sangong.recep_for_batches', '外事接待批次'),
  count('sangong.recep_for_people', '外事接待人次'),
  text('note.s7.recep_for', '外事接待补充说明'),
  amount('proc.total', '政府采购支出总额'),
  amount('proc.goods', '政府采购货物支出'),
  amount('proc.works', '政府采购工程支出'),
  amount('proc.services', '政府采购服务支出'),
  amount('proc.sme', '授予中小企业合同金额'),
  amount('proc.micro', '其中：授予小微企业合同金额'),
  count('assets.cars', '年末共有车辆（辆）'),
  count('assets.car_leader', '主要领导干部用车'),
  count('assets.car_confidential', '机要通信用车'),
  count('assets.car_emergency', '应急保障用车'),
  count('assets.car_enforce', '执法执勤用车'),
  count('assets.car_special', '特种专业技术用车'),
  count('assets.car_retired', '离退休干部用车'),
  count('assets.car_other', '其他用车'),
  count('assets.equip100', '单价100万元（含）以上设备（台、套）'),
  // The 2020 Sichuan form (seed 000) counts general and special equipment apart.
  count('assets.equip50_general', '单价50万元以上通用设备（台、套，2020年格式）'),
  count('assets.equip100_special', '单价100万元以上专用设备（台、套，2020年格式）'),
  count('perf.pre_eval', '事前绩效评估项目数'),
  { key: 'text.pre_eval_projects', label: '开展事前绩效评估的项目名称（用“、”分隔）', kind: 'text' },
  count('perf.targets', '编制绩效目标项目数'),
  count('perf.monitor', '绩效监控项目数'),
  count('perf.self_eval', '绩效自评项目数'),
  { key: 'perf.score', label: '部门整体绩效自评得分', kind: 'count' },
  amount('prev.b_total', '上年部门收支预算总计（预算公开）'),
  amount('prev.b_basic', '上年基本支出预算（预算公开）'),
  amount('prev.b_proj', '上年项目支出预算（预算公开）'),
  amount('prev.b_sangong', '上年“三公”经费预算（预算公开）'),
  amount('prev.b_jgyxjf', '上年机关运行经费预算（预算公开）'),
  amount('budget.proc_total', '政府采购预算总额（预算公开）'),
  amount('budget.proc_goods', '政府采购货物预算'),
  amount('budget.proc_works', '政府采购工程预算'),
  amount('budget.proc_services', '政府采购服务预算'),
  amount('perf.targets_amount', '实行绩效目标管理的项目涉及一般公共预算当年财政拨款'),
  amount('assets.fixed_total', '上年末固定资产金额（预算公开）'),
  { key: 'text.projects', label: '主要项目名称（用“、”分隔）', kind: 'text' },
];

export interface AuxValue {
  key: string;
  /** The number typed, when it is one. */
  value: Decimal | null;
  /** The text typed, trimmed ('' when the cell is blank). */
  text: string;
  cell: CellLocation;
}

export interface AuxData {
  sheet: string | null;
  values: Map<string, AuxValue>;
}

export function findAuxSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === AUX_SHEET) ??
    snapshot.sheets.find((s) => typeof s.values[0]?.[0] === 'string' && (s.values[0][0] as string).includes(AUX_MARK));
}

/** Every key row with its value and cell; blank cells are left out. Never throws. */
export function readAux(snapshot: WorkbookSnapshot): AuxData {
  const sheet = findAuxSheet(snapshot);
  const values = new Map<string, AuxValue>();
  if (!sheet) return { sheet: null, values };
  for (let r = FIRST_ROW - 1; r < sheet.rowCount; r++) {
    const key = sheet.values[r]?.[0];
    if (typeof key !== 'string' || !key.trim()) continue;
    const raw = sheet.values[r]?.[2] ?? null;
    const parsed = parseCell(raw);
    if (parsed.kind === 'blank') continue;
    const value = parsed.kind === 'number' ? parsed.value : null;
    values.set(key.trim(), { key: key.trim(), value, text: raw === null ? '' : String(raw).trim(), cell: { sheet: sheet.name, address: address(r + 1, 3) } });
  }
  return { sheet: sheet.name, values };
}

export function auxNumber(aux: AuxData, key: string): AuxValue | undefined {
  const v = aux.values.get(key);
  return v && v.value ? v : undefined;
}

export function auxText(aux: AuxData, key: string): AuxValue | undefined {
  const v = aux.values.get(key);
  return v && v.text ? v : undefined;
}

function labelOf(key: string): string {
  const f = AUX_FIELDS.find((x) => x.key === key);
  if (f) return f.label;
  if (key.startsWith('budget.gpb_item.')) return `${key.slice(16)} 项年初预算数`;
  if (key.startsWith('budget.gpb_item_adj.')) return `${key.slice(20)} 项调整预算数`;
  if (key.startsWith('reason.')) return `原因：${key.slice(7)}`;
  if (key.startsWith('use.')) return `${key.slice(4)} 项主要用途`;
  const project = /^perf\.project\.(\d+)\.(name|budget|actual|note)$/.exec(key);
  if (project) return `绩效项目${project[1]}${{ name: '名称', budget: '全年预算数', actual: '执行数', note: '执行数说明（如“（含上年挂账资金）”）' }[project[2]]}`;
  return key;
}

/**
 * Plans the auxiliary sheet: creates it with every fixed row when missing, adds rows for new
 * keys, and writes the given values into blank cells only. A typed value that differs from the
 * one given is reported, never replaced (the pane asks first, then calls with overwrite).
 */
export function planAuxSheet(
  snapshot: WorkbookSnapshot,
  given: Record<string, CellValue> = {},
  overwrite = false,
  /** Text for the 说明 column of a key (e.g. where a figure came from). */
  notes: Record<string, string> = {},
): { plan: WritePlan; conflicts: Array<{ key: string; existing: CellValue; planned: CellValue }> } {
  const sheet = findAuxSheet(snapshot);
  const name = sheet?.name ?? AUX_SHEET;
  const cells: CellWrite[] = [];
  const conflicts: Array<{ key: string; existing: CellValue; planned: CellValue }> = [];
  const rowOf = new Map<string, number>();
  let next = FIRST_ROW;
  if (sheet) {
    for (let r = FIRST_ROW - 1; r < sheet.rowCount; r++) {
      const k = sheet.values[r]?.[0];
      if (typeof k === 'string' && k.trim()) rowOf.set(k.trim(), r + 1);
      if (sheet.values[r]?.some((v) => v !== null && v !== '')) next = r + 2;
    }
  } else {
    const head = { bold: true, border: true, hAlign: 'center' as const, fill: '#F2F2F2' };
    cells.push(
      { address: 'A1', value: `情况说明辅助数据（${AUX_MARK}）`, style: { bold: true, fontSize: 14 } },
      { address: 'A2', value: '金额单位：万元。在 C 列填写表格中没有的数字和原因文字；起草《情况说明》时自动引用。' },
      { address: 'A3', value: '键', style: head }, { address: 'B3', value: '项目', style: head },
      { address: 'C3', value: '数值或文字', style: head }, { address: 'D3', value: '说明', style: head },
    );
  }
  const keys = [...(sheet ? [] : AUX_FIELDS.map((f) => f.key)), ...Object.keys(given)];
  for (const key of keys) {
    if (rowOf.has(key) && !(key in given)) continue;
    let row = rowOf.get(key);
    if (row === undefined) {
      row = next++;
      rowOf.set(key, row);
      const kind = AUX_FIELDS.find((f) => f.key === key)?.kind ?? (key.startsWith('budget.') || /^perf\.project\.\d+\.(budget|actual)$/.test(key) ? 'amount' : 'text');
      cells.push(
        { address: `A${row}`, value: key, style: { border: true } },
        { address: `B${row}`, value: labelOf(key), style: { border: true } },
        { address: `C${row}`, style: { border: true, wrap: kind === 'text' }, ...(kind === 'amount' ? { numberFormat: '0.00##' } : {}) },
      );
    }
    if (!(key in given)) continue;
    const existing = sheet?.values[row - 1]?.[2] ?? null;
    const planned = given[key];
    if (existing !== null && existing !== '' && existing !== planned && !overwrite) {
      conflicts.push({ key, existing, planned });
      continue;
    }
    const i = cells.findIndex((c) => c.address === `C${row}`);
    const write: CellWrite = { address: `C${row}`, value: planned };
    if (i >= 0) cells[i] = { ...cells[i], ...write };
    else cells.push(write);
    if (notes[key]) cells.push({ address: `D${row}`, value: notes[key], style: { border: true, wrap: true } });
  }
  const sheetPlan = {
    name, cells,
    ...(sheet ? {} : { create: true, columnWidths: { 1: 26, 2: 40, 3: 40, 4: 30 }, freeze: { rows: 3, cols: 0 } }),
  };
  return { plan: { description: '更新情况说明辅助数据', sheets: cells.length ? [sheetPlan] : [] }, conflicts };
}

/** Saves typed reasons (the user's own edit, so an earlier text of the same reason is replaced). */
export function planSaveReasons(snapshot: WorkbookSnapshot, reasons: Record<string, string>): WritePlan {
  const given: Record<string, CellValue> = {};
  for (const [id, text] of Object.entries(reasons)) given[`reason.${id}`] = text;
  return planAuxSheet(snapshot, given, true).plan;
}
