// Seed workbooks for the narrative tests: seeds 000 and 004 (and 001's 2024 figures) typed into
// their templates as tests/seeds.test.ts does, then computed in-process by the preview's formula
// engine (LibreOffice proves the same formulas in tests/seeds.test.ts).
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import type { CellWrite, WorkbookSnapshot, CellValue } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import { planAuxSheet } from '../src/domain/narrative/aux';

export type Entry = [table: string, row: string, col: string | undefined, value: number | string];

export async function buildWorkbook(profileId: string, codes: Record<string, string[]>, entries: Entry[], aux: Record<string, CellValue> = {}, dept = '测试'): Promise<{ wb: XlsxWorkbook; snapshot: WorkbookSnapshot }> {
  const p = profile(profileId)!;
  const wb = new XlsxWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept, codes });
  await wb.apply(inserted.plan);
  const bySheet = new Map<string, CellWrite[]>();
  const at = (table: string, row: string, col?: string) => cellAddress(layoutTable(TABLES[table], p.layout, { codes, year: p.year }), { row, ...(col ? { col } : {}) });
  for (const [table, row, col, value] of entries) {
    const sheet = inserted.sheets[table];
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { address: at(table, row, col), value }]);
  }
  await wb.apply({ description: 'seed', sheets: [...bySheet].map(([name, cells]) => ({ name, cells })) });
  if (Object.keys(aux).length) await wb.apply(planAuxSheet(await wb.read(), aux).plan);
  return { wb, snapshot: recalculateSnapshot(await wb.read()) };
}

/** Seed 000 (广元市朝天区总工会 2020 决算), spec/seed-workbooks.md 000-T1…T10. */
export const SEED000_ITEMS: Array<[string, number, number]> = [
  ['2012901', 79.11, 0.01], ['2012902', 0, 94.78], ['2012999', 0, 27.47], ['2050101', 12, 0],
  ['2080505', 9.11, 0], ['2089901', 0.41, 0], ['2101101', 4.38, 0.22], ['2210201', 6.57, 0],
];
export const SEED000_CLASSES: Array<[string, number]> = [['201', 201.37], ['205', 12], ['208', 9.52], ['210', 4.6], ['221', 6.57]];

export function seed000Entries(): Entry[] {
  return [
    ['T01', 'inc_gpb', undefined, 234.06],
    ...SEED000_CLASSES.map(([c, v]): Entry => ['T01', `exp_c${c}`, undefined, v]),
    ...SEED000_ITEMS.flatMap(([c, basic, proj]): Entry[] => [['T03', `c${c}`, 'e_basic', basic], ['T03', `c${c}`, 'e_proj', proj], ['T05', `c${c}`, 'e_basic', basic], ['T05', `c${c}`, 'e_proj', proj]]),
    ['T04', 'f_inc_gpb', undefined, 234.06],
    ...SEED000_CLASSES.map(([c, v]): Entry => ['T04', `f_exp_c${c}`, 'gpb', v]),
    ['T06', 'c30101', 'per_amt', 97.91],
    ['T06', 'c30201', 'pub_amt', 13.67],
    ['T07', 'sangong', 'recep_bud', 0.397],
    ['T07', 'sangong', 'recep_act', 0.397],
  ];
}

/** Facts of seed 000 no table holds (spec §1.11), as the user would type them. */
export const SEED000_AUX: Record<string, CellValue> = {
  'prev.inc_total': 147.59, 'prev.exp_total': 147.59, 'prev.fin_inc_total': 147.59, 'prev.fin_exp_total': 147.59, 'prev.gpb_exp': 147.59,
  'prev.sangong.total': 0.41, 'prev.sangong.abroad': 0, 'prev.sangong.car': 0, 'prev.sangong.recep': 0.41,
  'prev.jgyxjf': 16.34,
  'budget.gpb_total': 183.1096,
  'sangong.abroad_groups': 0, 'sangong.abroad_people': 0,
  'sangong.recep_dom_batches': 5, 'sangong.recep_dom_people': 31, 'sangong.recep_for': 0,
  'proc.total': 0, 'proc.goods': 0, 'proc.works': 0, 'proc.services': 0, 'proc.sme': 0, 'proc.micro': 0,
  'assets.cars': 0, 'perf.targets': 4, 'perf.monitor': 4, 'perf.self_eval': 4,
  'text.pre_eval_projects': '工会工作经费、特困企业职工春节慰问、困难职工帮扶、劳模补助',
};

/** Seed 004 (平乡县总工会 2020 预算), spec/seed-workbooks.md 004-T1…T8. The document gives no
 * 功能分类; the 基本/项目 split is typed under 2012901/2012902 (an assumption that changes no total). */
export const SEED004_CODES = { codeRows: ['2012901', '2012902'], econRows: ['30101', '30201'] };
export function seed004Entries(): Entry[] {
  return [
    ['B01', 'b_inc_gpb', undefined, 264.43],
    ['B01', 'b_exp_c201', undefined, 264.43],
    ['B03', 'c2012901', 'e_basic', 124.5],
    ['B03', 'c2012902', 'e_proj', 139.93],
    // 上年 columns: 2019 基本 101.91 = 124.50 − 22.59, 项目 125.30 = 139.93 − 14.63 (004-T7).
    ['B05', 'c2012901', 'c_basic', 124.5],
    ['B05', 'c2012902', 'c_proj', 139.93],
    ['B05', 'c2012901', 'p_basic', 101.91],
    ['B05', 'c2012902', 'p_proj', 125.3],
    ['B06', 'c30101', 'b_staff', 117.04],
    ['B06', 'c30201', 'b_public', 7.46],
    ['B07', 'total', 'c_carRun', 0.5],
  ];
}
export const SEED004_AUX: Record<string, CellValue> = {
  'prev.b_sangong': 1,
  'budget.proc_total': 0,
  'assets.fixed_total': 13,
  'text.projects': '劳模体检疗休养、2020年困难职工及劳模帮扶救助专项资金、工会经费、市级劳模荣誉津贴、困难帮扶配套、金秋助学、送温暖支出',
};

/** Seed 001 (遂宁市安居区总工会 2024 决算), figures from its text; 2023 figures derived from its
 * 增减额 (875.10, 867.90, 7.20, 三公 0.64, 机关运行经费 706.72). The 政府性基金 2.00 is typed
 * under 2296002 (其他政府性基金支出; the text names no 科目). */
export const SEED001_ITEMS: Array<[string, number, number]> = [
  ['2012901', 264.76, 0], ['2012950', 529.77, 0], ['2012999', 0, 56.62], ['2080501', 7.93, 0], ['2080505', 15.46, 0],
  ['2080599', 7.61, 0], ['2089999', 0.72, 0], ['2101101', 6.72, 0], ['2101103', 1.82, 0], ['2210201', 9.89, 0],
];
export const SEED001_CLASSES: Array<[string, number]> = [['201', 851.15], ['208', 31.72], ['210', 8.54], ['221', 9.89]];
export function seed001Entries(): Entry[] {
  return [
    ['T01', 'inc_gpb', undefined, 901.3], ['T01', 'inc_gf', undefined, 2],
    ...SEED001_CLASSES.map(([c, v]): Entry => ['T01', `exp_c${c}`, undefined, v]), ['T01', 'exp_c229', undefined, 2],
    ...SEED001_ITEMS.flatMap(([c, basic, proj]): Entry[] => [['T03', `c${c}`, 'e_basic', basic], ['T03', `c${c}`, 'e_proj', proj], ['T05', `c${c}`, 'e_basic', basic], ['T05', `c${c}`, 'e_proj', proj]]),
    ['T03', 'c2296002', 'e_proj', 2],
    ['T04', 'f_inc_gpb', undefined, 901.3], ['T04', 'f_inc_gf', undefined, 2],
    ...SEED001_CLASSES.map(([c, v]): Entry => ['T04', `f_exp_c${c}`, 'gpb', v]), ['T04', 'f_exp_c229', 'gf', 2],
    ['T06', 'c30101', 'per_amt', 138.2], ['T06', 'c30201', 'pub_amt', 706.48],
    ['T07', 'sangong', 'recep_bud', 0.59], ['T07', 'sangong', 'recep_act', 0.59],
    ['T08', 'c2296002', 'inc', 2], ['T08', 'c2296002', 'e_proj', 2],
  ];
}
export const SEED001_AUX: Record<string, CellValue> = {
  'prev.inc_total': 875.1, 'prev.exp_total': 875.1, 'prev.fin_inc_total': 875.1, 'prev.fin_exp_total': 875.1, 'prev.gpb_exp': 867.9, 'prev.gf_exp': 7.2,
  'prev.sangong.total': 0.64, 'prev.sangong.abroad': 0, 'prev.sangong.car': 0, 'prev.sangong.car_buy': 0, 'prev.sangong.car_run': 0, 'prev.sangong.recep': 0.64,
  'prev.jgyxjf': 706.72, 'budget.gpb_total': 901.3,
  ...Object.fromEntries(SEED001_ITEMS.map(([c, b, p]) => [`budget.gpb_item.${c}`, Math.round((b + p) * 100) / 100])),
  'proc.total': 2.4, 'proc.goods': 2.4, 'proc.works': 0, 'proc.services': 0, 'proc.sme': 0, 'proc.micro': 0,
  'assets.cars': 0, 'perf.targets': 2, 'perf.monitor': 2, 'perf.self_eval': 2,
};

/**
 * What seed 000's author typed beyond the tables: the reasons and 用途 texts (spec §5.4: reasons
 * cannot be derived, the user types them in the auxiliary sheet). With these and the wording
 * profile 'sichuan2020' the draft can match the published sentences word for word.
 */
export const SEED000_TYPED: Record<string, CellValue> = {
  'reason.s1': '由于上年度财政项目追加、历年挂账资金',
  'reason.s4': '由于上年度挂账资金拨款',
  'reason.s5.1': '由于上年度挂账资金',
  'reason.s7.1': '全区对公务接待费用严格把关，用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等',
  'reason.s10.1': '压缩培训费、会议费和公务接待费',
  'use.2012901': '主要用于核算：基本工资、津贴补贴、奖金、伙食补助费、绩效工资、其他工资福利支出、离休费、退休费、抚恤金、生活补助、奖励金、提租补贴、购房补贴、其他对个人和家庭的补助支出等',
  'use.2012902': '主要核算金财网维护费、工会工作经费、第一书记工作经费、创新改革工作先进、依法治区工作先进等',
  'use.2012999': '此项支出主要为袁世辉生活费、2020年省财政工会专项资金',
  'use.2080505': '主要用于核算在职人员养老保险缴纳情况',
  'use.2101101': '主要用于核算在职人员医疗、生育和退休人员医疗保险缴纳情况',
  'use.2089901': '主要核算在职人员工伤、失业保险缴纳情况',
  'use.2210201': '主要用于核算在职人员住房公积金缴纳情况',
  'use.2050101': '主要用于核算在职人员津贴补贴',
  // 六: the economic item names as seed 000 lists them (the tables give their amounts only in total).
  'text.personnel': '基本工资、津贴补贴、奖金、伙食补助费、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、其他社会保障缴费、其他工资福利支出、离休费、退休费、抚恤金、生活补助、医疗费补助、奖励金、住房公积金、其他对个人和家庭的补助支出等',
  'text.public': '办公费、印刷费、手续费、水费、电费、邮电费、取暖费、差旅费、租赁费、会议费、培训费、公务接待费、劳务费、工会经费、其他交通费、其他商品和服务支出等',
  // 七(二) 2–3: vehicles by type, the reception counts and list, and the remarks seed 000 typed.
  'sangong.car_buy_count': 0, 'sangong.car_buy_sedan': 0, 'sangong.car_buy_sedan_amt': 0, 'sangong.car_buy_suv': 0, 'sangong.car_buy_suv_amt': 0,
  'sangong.car_buy_bus': 0, 'sangong.car_buy_bus_amt': 0, 'note.s7.car_buy': '我会未使用公务用车购置',
  'sangong.car_stock': 0, 'sangong.car_stock_sedan': 0, 'sangong.car_stock_suv': 0, 'sangong.car_stock_bus': 0,
  'note.s7.car_run': '我会未使用公务用车运行维护费支出等所需的公务用车燃料费、维修费、过路过桥费、保险费等支出',
  'use.recep_dom': '主要用于执行公务、开展业务活动开支的用餐费',
  'sangong.recep_dom_escorts': 9,
  'text.recep_dom_list': '市总工会来我会调研保障工作事宜，支出用餐费0.078万元；市总工会来我会考察招商引资项目，支出用餐费0.079万元；市总工会来我会检查验收劳模工作创新工作室事宜，支出用餐费0.083万元；市总工会来我会开展夏季“送清凉”活动，支出用餐费0.073万元；其他县区来我会“交流学习八大群体建会”事宜，支出用餐费用0.084万元',
  'sangong.recep_for_batches': 0, 'sangong.recep_for_people': 0, 'note.s7.recep_for': '我会无任何支出',
  // 十(四): the four projects' 预算数 and 执行数 as the 绩效 forms state them.
  'perf.project.1.name': '工会工作经费', 'perf.project.1.budget': 89.68, 'perf.project.1.actual': 98.85, 'perf.project.1.note': '（含上年挂账资金）',
  'perf.project.2.name': '特困企业职工春节慰问', 'perf.project.2.budget': 12, 'perf.project.2.actual': 12,
  'perf.project.3.name': '困难职工帮扶', 'perf.project.3.budget': 5.2325, 'perf.project.3.actual': 5.2325,
  'perf.project.4.name': '劳模补助', 'perf.project.4.budget': 9.16, 'perf.project.4.actual': 9.16,
};

/** Seed 004's typed reasons (二 3 and 四). */
export const SEED004_TYPED: Record<string, CellValue> = {
  'reason.b2.basic': '平乡县总工会今年基本工资及工资福利支出增加，日常公用支出相对减少',
  'reason.b2.proj': '增加提前下达2020年困难职工及劳模帮扶救助专项资金、劳模荣誉津贴，项目支出总体有所增加',
  'reason.b4': '我部门积极响应国家政策，“三公”经费有所减少',
};
