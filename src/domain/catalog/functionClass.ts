// 支出功能分类 as listed in spec §6.1–6.2 (with the §1.0 and §7 aliases). Only the codes the spec
// lists are here; the real 科目表 is much longer, so "not found" means "not in this list".
import type { FunctionEntry, NameAlias } from './types';

// The spec dates the 20805 and 207 renames to the 2019 科目表 ("2019+", "before the 2019 change").
// It gives no year for 210; we assume the same 2019 reorganisation.
const RENAMED_2019 = 2019;
const OLD_NAME_UNTIL = RENAMED_2019 - 1;

export const FUNCTION_CLASSES: FunctionEntry[] = [
  // §6.1 类
  { code: '201', name: '一般公共服务支出', source: 'SEED', otherSources: ['SRC'], inDepartmentTables: true },
  { code: '202', name: '外交支出', source: 'SRC', inDepartmentTables: true },
  { code: '203', name: '国防支出', source: 'SRC', inDepartmentTables: true },
  { code: '204', name: '公共安全支出', source: 'SRC', inDepartmentTables: true },
  { code: '205', name: '教育支出', source: 'SEED', otherSources: ['SRC'], inDepartmentTables: true },
  { code: '206', name: '科学技术支出', source: 'SRC', inDepartmentTables: true },
  {
    code: '207', name: '文化旅游体育与传媒支出', source: 'SRC', inDepartmentTables: true,
    aliases: [{ name: '文化体育与传媒支出', until: OLD_NAME_UNTIL }],
  },
  { code: '208', name: '社会保障和就业支出', source: 'SEED', otherSources: ['SRC'], inDepartmentTables: true },
  { code: '209', name: '社会保险基金支出', source: 'K', inDepartmentTables: false, note: '社保基金预算' },
  {
    code: '210', name: '卫生健康支出', source: 'SEED', otherSources: ['SRC'], inDepartmentTables: true,
    aliases: [{ name: '医疗卫生与计划生育支出', until: OLD_NAME_UNTIL }],
    note: '更名年份规范未写明，按 2019 年处理',
  },
  { code: '211', name: '节能环保支出', source: 'SRC', inDepartmentTables: true },
  { code: '212', name: '城乡社区支出', source: 'SRC', inDepartmentTables: true },
  { code: '213', name: '农林水支出', source: 'SRC', inDepartmentTables: true },
  { code: '214', name: '交通运输支出', source: 'SRC', inDepartmentTables: true },
  { code: '215', name: '资源勘探工业信息等支出', source: 'SRC', inDepartmentTables: true },
  { code: '216', name: '商业服务业等支出', source: 'SRC', inDepartmentTables: true },
  { code: '217', name: '金融支出', source: 'SRC', inDepartmentTables: true },
  { code: '219', name: '援助其他地区支出', source: 'SRC', inDepartmentTables: true },
  { code: '220', name: '自然资源海洋气象等支出', source: 'SRC', inDepartmentTables: true },
  { code: '221', name: '住房保障支出', source: 'SEED', otherSources: ['SRC'], inDepartmentTables: true },
  { code: '222', name: '粮油物资储备支出', source: 'SRC', inDepartmentTables: true },
  { code: '223', name: '国有资本经营预算支出', source: 'SRC', inDepartmentTables: true },
  { code: '224', name: '灾害防治及应急管理支出', source: 'SRC', inDepartmentTables: true },
  { code: '227', name: '预备费', source: 'K', inDepartmentTables: false },
  { code: '229', name: '其他支出', source: 'SRC', inDepartmentTables: true },
  { code: '230', name: '转移性支出', source: 'K', inDepartmentTables: false },
  { code: '231', name: '债务还本支出', source: 'SRC', inDepartmentTables: true, note: '普陀 2024 列示' },
  { code: '232', name: '债务付息支出', source: 'SRC', inDepartmentTables: true, note: '普陀 2024 列示' },
  { code: '233', name: '债务发行费用支出', source: 'K', inDepartmentTables: false },
  { code: '234', name: '抗疫特别国债安排的支出', source: 'SRC', inDepartmentTables: true },
];

export const FUNCTION_SECTIONS: FunctionEntry[] = [
  // 201 一般公共服务支出 — 款 [K unless tagged]
  { code: '20101', name: '人大事务', source: 'K' },
  { code: '20102', name: '政协事务', source: 'K' },
  { code: '20103', name: '政府办公厅（室）及相关机构事务', source: 'K' },
  { code: '20104', name: '发展与改革事务', source: 'K' },
  { code: '20105', name: '统计信息事务', source: 'K' },
  { code: '20106', name: '财政事务', source: 'SRC' },
  { code: '20107', name: '税收事务', source: 'K' },
  { code: '20108', name: '审计事务', source: 'K' },
  { code: '20109', name: '海关事务', source: 'K' },
  { code: '20111', name: '纪检监察事务', source: 'K' },
  { code: '20113', name: '商贸事务', source: 'K' },
  { code: '20114', name: '知识产权事务', source: 'K' },
  { code: '20123', name: '民族事务', source: 'K' },
  { code: '20125', name: '港澳台事务', source: 'K' },
  { code: '20126', name: '档案事务', source: 'K' },
  { code: '20128', name: '民主党派及工商联事务', source: 'K' },
  { code: '20129', name: '群众团体事务', source: 'SEED' },
  { code: '20131', name: '党委办公厅（室）及相关机构事务', source: 'K' },
  { code: '20132', name: '组织事务', source: 'K' },
  { code: '20133', name: '宣传事务', source: 'K' },
  { code: '20134', name: '统战事务', source: 'K' },
  { code: '20135', name: '对外联络事务', source: 'K' },
  { code: '20136', name: '其他共产党事务支出', source: 'K' },
  { code: '20137', name: '网信事务', source: 'K' },
  { code: '20138', name: '市场监督管理事务', source: 'K' },
  { code: '20139', name: '社会工作事务', source: 'K', note: '新增款，起始年份未知' },
  { code: '20140', name: '信访事务', source: 'K', note: '新增款，低置信度' },
  { code: '20199', name: '其他一般公共服务支出', source: 'SEED', note: 'seed 001 名词解释' },
  // 205 教育支出 — 款 [K unless tagged]
  { code: '20501', name: '教育管理事务', source: 'K' },
  { code: '20502', name: '普通教育', source: 'SRC' },
  { code: '20508', name: '进修及培训', source: 'K' },
  { code: '20599', name: '其他教育支出', source: 'K' },
  // 207 文化旅游体育与传媒支出 — 款 [K]
  { code: '20701', name: '文化和旅游', source: 'K' },
  // 208 社会保障和就业支出 — 款 [K unless tagged]
  { code: '20801', name: '人力资源和社会保障管理事务', source: 'K' },
  { code: '20802', name: '民政管理事务', source: 'K' },
  {
    code: '20805', name: '行政事业单位养老支出', source: 'SEED', otherSources: ['SRC'],
    aliases: [{ name: '行政事业单位离退休', until: OLD_NAME_UNTIL }],
    note: '种子 000/001 仍有处写作旧名「行政事业单位离退休」',
  },
  { code: '20807', name: '就业补助', source: 'K' },
  { code: '20808', name: '抚恤', source: 'K' },
  { code: '20809', name: '退役安置', source: 'K' },
  { code: '20810', name: '社会福利', source: 'K' },
  { code: '20811', name: '残疾人事业', source: 'K' },
  { code: '20816', name: '红十字事业', source: 'K' },
  { code: '20819', name: '最低生活保障', source: 'K' },
  { code: '20820', name: '临时救助', source: 'K' },
  { code: '20821', name: '特困人员救助供养', source: 'K' },
  { code: '20824', name: '其他生活救助', source: 'K' },
  { code: '20825', name: '财政对基本养老保险基金的补助', source: 'K' },
  { code: '20826', name: '财政对其他社会保险基金的补助', source: 'K' },
  { code: '20828', name: '退役军人管理事务', source: 'K' },
  { code: '20830', name: '财政代缴社会保险费支出', source: 'K' },
  { code: '20899', name: '其他社会保障和就业支出', source: 'SEED' },
  // 210 卫生健康支出 — 款 [K unless tagged]
  { code: '21001', name: '卫生健康管理事务', source: 'K' },
  { code: '21002', name: '公立医院', source: 'K' },
  { code: '21003', name: '基层医疗卫生机构', source: 'K' },
  { code: '21004', name: '公共卫生', source: 'K' },
  { code: '21007', name: '计划生育事务', source: 'K' },
  { code: '21011', name: '行政事业单位医疗', source: 'SEED', otherSources: ['SRC'] },
  { code: '21012', name: '财政对基本医疗保险基金的补助', source: 'K' },
  { code: '21013', name: '医疗救助', source: 'K' },
  { code: '21014', name: '优抚对象医疗', source: 'K' },
  { code: '21015', name: '医疗保障管理事务', source: 'K' },
  { code: '21099', name: '其他卫生健康支出', source: 'K' },
  // 221 住房保障支出 — 款 [K unless tagged]
  { code: '22101', name: '保障性安居工程支出', source: 'K' },
  { code: '22102', name: '住房改革支出', source: 'SEED', otherSources: ['SRC'] },
  { code: '22103', name: '城乡社区住宅', source: 'K' },
  // 229 其他支出 [K]
  { code: '22902', name: '年初预留', source: 'K' },
  { code: '22960', name: '彩票公益金安排的支出', source: 'K' },
  { code: '22999', name: '其他支出', source: 'K' },
];

export const FUNCTION_ITEMS: FunctionEntry[] = [
  // 20701 文化和旅游 [K] (the preview's sample bureau)
  { code: '2070101', name: '行政运行', source: 'K' },
  { code: '2070102', name: '一般行政管理事务', source: 'K' },
  { code: '2070103', name: '机关服务', source: 'K' },
  { code: '2070104', name: '图书馆', source: 'K' },
  { code: '2070108', name: '文化活动', source: 'K' },
  { code: '2070109', name: '群众文化', source: 'K' },
  { code: '2070199', name: '其他文化和旅游支出', source: 'K' },
  // 20106 财政事务 [SRC 普陀 for 01/02/07/08; K otherwise]
  { code: '2010601', name: '行政运行', source: 'SRC' },
  { code: '2010602', name: '一般行政管理事务', source: 'SRC' },
  { code: '2010603', name: '机关服务', source: 'K' },
  { code: '2010604', name: '预算改革业务', source: 'K' },
  { code: '2010605', name: '财政国库业务', source: 'K' },
  { code: '2010606', name: '财政监察', source: 'K' },
  { code: '2010607', name: '信息化建设', source: 'SRC' },
  { code: '2010608', name: '财政委托业务支出', source: 'SRC' },
  { code: '2010650', name: '事业运行', source: 'K' },
  { code: '2010699', name: '其他财政事务支出', source: 'K' },
  // 20129 群众团体事务 (trade unions)
  { code: '2012901', name: '行政运行', source: 'SEED' },
  { code: '2012902', name: '一般行政管理事务', source: 'SEED' },
  { code: '2012903', name: '机关服务', source: 'K' },
  { code: '2012904', name: '工会事务', source: 'K', note: '需核对当年科目表' },
  { code: '2012950', name: '事业运行', source: 'SEED', note: 'seed 001' },
  {
    code: '2012999', name: '其他群众团体事务支出', source: 'SEED',
    // Seed 001 (2024) writes the full name, seed 000 (2020) the short one.
    variants: ['其他群众团体事务'],
  },
  // 20139 社会工作事务: only the residual item is attested (GovBudgetChecker dictionary "201-39-99").
  { code: '2013999', name: '其他社会工作事务支出', source: 'SRC' },
  // 20199 其他一般公共服务支出 [K]
  { code: '2019901', name: '国家赔偿费用支出', source: 'K' },
  { code: '2019999', name: '其他一般公共服务支出', source: 'SEED', note: 'seed 001' },
  // 20501 教育管理事务
  { code: '2050101', name: '行政运行', source: 'SEED' },
  { code: '2050102', name: '一般行政管理事务', source: 'K' },
  { code: '2050103', name: '机关服务', source: 'K' },
  { code: '2050199', name: '其他教育管理事务支出', source: 'K' },
  // 20502 普通教育
  { code: '2050201', name: '学前教育', source: 'K' },
  { code: '2050202', name: '小学教育', source: 'K' },
  { code: '2050203', name: '初中教育', source: 'K' },
  { code: '2050204', name: '高中教育', source: 'K' },
  { code: '2050205', name: '高等教育', source: 'SRC' },
  { code: '2050299', name: '其他普通教育支出', source: 'K' },
  // 20508 进修及培训
  { code: '2050801', name: '教师进修', source: 'K' },
  { code: '2050802', name: '干部教育', source: 'K' },
  { code: '2050803', name: '培训支出', source: 'K' },
  { code: '2050899', name: '其他进修及培训', source: 'K' },
  // 20805 行政事业单位养老支出
  { code: '2080501', name: '行政单位离退休', source: 'SEED', otherSources: ['SRC'] },
  { code: '2080502', name: '事业单位离退休', source: 'K' },
  { code: '2080503', name: '离退休人员管理机构', source: 'K' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', source: 'SEED', otherSources: ['SRC'] },
  { code: '2080506', name: '机关事业单位职业年金缴费支出', source: 'SRC' },
  { code: '2080507', name: '对机关事业单位基本养老保险基金的补助', source: 'K' },
  { code: '2080508', name: '对机关事业单位职业年金的补助', source: 'K', note: '低置信度' },
  { code: '2080599', name: '其他行政事业单位养老支出', source: 'SEED', otherSources: ['SRC'] },
  // 20808 抚恤 [K]
  { code: '2080801', name: '死亡抚恤', source: 'K' },
  { code: '2080802', name: '伤残抚恤', source: 'K' },
  { code: '2080803', name: '在乡复员、退伍军人生活补助', source: 'K' },
  { code: '2080805', name: '义务兵优待', source: 'K' },
  { code: '2080806', name: '农村籍退役士兵老年生活补助', source: 'K' },
  { code: '2080899', name: '其他优抚支出', source: 'K' },
  // 20899: seed 000 (2020) prints 2089901, seed 001 (2024) 2089999; which one a year uses is unverified.
  {
    code: '2089901', name: '其他社会保障和就业支出', source: 'SEED', sameAs: ['2089999'],
    note: '种子 000 使用；当年科目表是否使用未核实',
  },
  {
    code: '2089999', name: '其他社会保障和就业支出', source: 'SEED', sameAs: ['2089901'],
    note: '种子 001 使用；当年科目表是否使用未核实',
  },
  // 21011 行政事业单位医疗
  { code: '2101101', name: '行政单位医疗', source: 'SEED', otherSources: ['SRC'] },
  {
    code: '2101102', name: '事业单位医疗', source: 'K',
    note: 'GovBudgetChecker 字典写作「事业单位医疗保险」，正式简称为「事业单位医疗」',
  },
  { code: '2101103', name: '公务员医疗补助', source: 'SEED', note: 'seed 001' },
  { code: '2101199', name: '其他行政事业单位医疗支出', source: 'K' },
  // 22102 住房改革支出
  { code: '2210201', name: '住房公积金', source: 'SEED', otherSources: ['SRC'] },
  { code: '2210202', name: '提租补贴', source: 'K' },
  { code: '2210203', name: '购房补贴', source: 'SRC', note: '普陀' },
  // 22999 其他支出: the spec names both candidate item codes and asks to verify.
  { code: '2299901', name: '其他支出', source: 'K', sameAs: ['2299999'], note: '项编码待核实（2299999 或 2299901）' },
  { code: '2299999', name: '其他支出', source: 'K', sameAs: ['2299901'], note: '项编码待核实（2299999 或 2299901）' },
];

/** All function entries, classes first. */
export const FUNCTION_ENTRIES: FunctionEntry[] = [...FUNCTION_CLASSES, ...FUNCTION_SECTIONS, ...FUNCTION_ITEMS];

/**
 * §6.2 generic 项 suffixes inside administrative 款 (20101…20138, 20501, 21001, 20801).
 * Kept as reference only: expanding them into codes would add codes the spec does not list.
 * 99 reads 其他<款名>支出.
 */
export const GENERIC_ITEM_SUFFIXES: Array<{ suffix: string; name: string; source: 'SEED' | 'K' }> = [
  { suffix: '01', name: '行政运行', source: 'SEED' },
  { suffix: '02', name: '一般行政管理事务', source: 'SEED' },
  { suffix: '03', name: '机关服务', source: 'K' },
  { suffix: '50', name: '事业运行', source: 'SEED' },
  { suffix: '99', name: '其他<款名>支出', source: 'SEED' },
];

function inRange(year: number, r: { since?: number; until?: number }): boolean {
  return (r.since === undefined || year >= r.since) && (r.until === undefined || year <= r.until);
}

/** Whether the code exists in `year` (always when no year is given). */
export function existsIn(entry: FunctionEntry, year?: number): boolean {
  return year === undefined || inRange(year, entry);
}

/** The alias in force in `year`, if the current name is not. */
export function aliasIn(entry: FunctionEntry, year?: number): NameAlias | undefined {
  if (year === undefined) return undefined;
  return entry.aliases?.find((a) => inRange(year, a));
}

/** The name the 科目表 of `year` uses (the current name when no year is given). */
export function nameIn(entry: FunctionEntry, year?: number): string {
  return aliasIn(entry, year)?.name ?? entry.name;
}
