// Wording profiles: the fixed words between the figures of each drafted sentence. 'standard' is
// spec §5.1–§5.2 (the 2024 Sichuan/central form); 'sichuan2020' is the 2020 Sichuan 决算 template
// as seed 000 fills it; 'hebei2020' is seed 004's county 预算 form (spec §5.6). Only words and
// punctuation live here — every figure, direction word and rate is still computed, so a profile
// can reproduce a published sentence word for word only where its figures are right.
import type { NarrativeOptions } from './api';

export type WordingStyleId = 'standard' | 'sichuan2020' | 'hebei2020';

export interface WordingStyle {
  id: WordingStyleId;
  /** 「2020年度」 or 「2020年」 at the head of sections 二、三、五、六、七 (seed 000 writes 年). */
  yearOf: '年度' | '年';
  /** Rate verbs after 增加/减少 (spec §5.1 also allows 上升); per section where the template varies. */
  rateUp: { s1: string; s4: string; s5: string };
  /** 一: 「，支出总计」 or 「，2020年度支出总计」; the YoY subjects. */
  s1: { expense: (Y: number) => string; income: string; incomeCompare: string; expenseCompare: string };
  /** 四: lead, the 支出 clause, the compare lead (Y−1 is passed) and subjects. */
  s4: { lead: (Y: number) => string; expense: (Y: number) => string; compare: (P: number) => string; incomeSubject: string; expenseSubject: string };
  /** 五(一): the YoY subject (seed 000: 「一般公共预算财政拨款」 without 支出). */
  s51Subject: string;
  /** Colon after 「主要用于以下方面」 and after a 项 citation in 五(三) (seed 000 prints 「:」). */
  listColon: string;
  /** 五(二)/(三): a 类 cited as 「一般公共服务201（类）支出…」 (name without 支出, 支出 after the code). */
  classWithSpending: boolean;
  /** 七(一): the 三公 total's YoY sentence (the 2020 template states YoY per item only). */
  sangongTotalYoy: boolean;
  /** 决算 = 预算 in 七(一) and in the 七(二) items: the verdict printed after 完成预算100%. */
  sangongEqualVerdict: string;
  sangongItemEqualVerdict: string;
  /** 八、九 when empty. */
  emptyFund: (Y: number, who: string, self: string) => string;
  emptyCapital: (Y: number, who: string, self: string) => string;
  /** 十(一): lead, the compare word and the reason lead. */
  s101: { lead: (Y: number, who: string) => string; compare: (P: number) => string; reasonLead: string };
  /** 十(二): the procurement lead; a zero total may be said as 「无政府采购支出」. */
  s102: { lead: (Y: number, who: string, self: string) => string; noneLead: ((Y: number, who: string, self: string) => string) | null };
  /** 十(三): the 2020 form (「我会无车辆」, 单价50万元以上通用设备 and 100万元以上专用设备). */
  assets2020: boolean;
  /** 六: 人员经费 per 功能分类 项, then the 项 carrying the 日常公用经费 (seed 000). */
  basicByItem: boolean;
  /** 七(二) 2: 「截至{Y}年12月31日」 or 「12月底」 (seed 000) before the vehicles kept. */
  carStockDay: string;
  /** 七(二) 3: 「（不包括陪同人员9人）」 (seed 000) or 「人次」 (spec §5.2). */
  escortUnit: string;
  /** 十(四): the subject of 「在年初预算编制阶段」; null = the self-reference. */
  perfSubject: string | null;
  /** 十(四): the 2020 template's frame around the project summaries (「本部门自行组织了N个项目支出绩效评价…」
   * and 「2.部门绩效评价结果。」), with its subject; null = the summaries alone. */
  perfReviewSubject: string | null;
  /** 预算 七: append 「，本年度无政府采购预算」 to the 固定资产 sentence when there is none (seed 004). */
  procurementInAssets: boolean;
}

const STANDARD: WordingStyle = {
  id: 'standard',
  yearOf: '年度',
  rateUp: { s1: '增长', s4: '增长', s5: '增长' },
  s1: { expense: () => '，支出总计', income: '收入', incomeCompare: '收入', expenseCompare: '支出' },
  s4: { lead: (Y) => `${Y}年度财政拨款收入总计`, expense: () => '、支出总计', compare: (P) => `。与${P}年相比，`, incomeSubject: '财政拨款收入', expenseSubject: '财政拨款支出' },
  s51Subject: '一般公共预算财政拨款支出',
  listColon: '：',
  classWithSpending: false,
  sangongTotalYoy: true,
  sangongEqualVerdict: '，决算数等于预算数',
  sangongItemEqualVerdict: '，决算数等于预算数',
  emptyFund: (Y, who) => `${Y}年度${who}无政府性基金预算财政拨款收入和支出。`,
  emptyCapital: (Y, who) => `${Y}年度${who}无国有资本经营预算财政拨款支出。`,
  s101: { lead: (Y, who) => `${Y}年度，${who}`, compare: (P) => `，比${P}年度`, reasonLead: '主要原因是' },
  s102: { lead: (Y, who) => `${Y}年度，${who}`, noneLead: null },
  assets2020: false,
  basicByItem: false,
  carStockDay: '31日',
  escortUnit: '人次',
  perfSubject: null,
  perfReviewSubject: null,
  procurementInAssets: false,
};

/** Seed 000 (广元市朝天区总工会 2020年度部门决算): the 2020 Sichuan template's words. */
const SICHUAN_2020: WordingStyle = {
  ...STANDARD,
  id: 'sichuan2020',
  yearOf: '年',
  rateUp: { s1: '上升', s4: '上升', s5: '增长' },
  s1: { expense: (Y) => `，${Y}年度支出总计`, income: '收入总计', incomeCompare: '收入总计', expenseCompare: '支出' },
  s4: { lead: (Y) => `${Y}年财政拨款收入总计`, expense: (Y) => `，${Y}年度支出总计`, compare: (P) => `。与${P}年度相比，`, incomeSubject: '财政拨款收入总计', expenseSubject: '支出' },
  s51Subject: '一般公共预算财政拨款',
  listColon: ':',
  classWithSpending: true,
  sangongTotalYoy: false,
  sangongEqualVerdict: '，决算数与预算数持平',
  sangongItemEqualVerdict: '',
  emptyFund: (Y, _who, self) => `${Y}年${self}无政府性基金预算。`,
  emptyCapital: (Y, _who, self) => `${Y}年${self}无国有资本经营预算。`,
  s101: { lead: (Y, who) => `${Y}年，${who}`, compare: (P) => `，比${P}年`, reasonLead: '主要变动原因是' },
  s102: { lead: (Y, who) => `${Y}年，${who}`, noneLead: (Y, _who, self) => `${Y}年，${self}无政府采购支出` },
  assets2020: true,
  basicByItem: true,
  carStockDay: '底',
  escortUnit: '人',
  perfSubject: '本部门（单位）',
  perfReviewSubject: '本部门',
};

/** Seed 004 (平乡县总工会 2020年部门预算). */
const HEBEI_2020: WordingStyle = { ...STANDARD, id: 'hebei2020', procurementInAssets: true };

export const WORDING_STYLES: Record<WordingStyleId, WordingStyle> = { standard: STANDARD, sichuan2020: SICHUAN_2020, hebei2020: HEBEI_2020 };

export function wordingStyle(id: NarrativeOptions['style']): WordingStyle {
  return WORDING_STYLES[id ?? 'standard'] ?? STANDARD;
}

/** 「一般公共服务支出」 → 「一般公共服务」 (the 2020 template's 类 citation puts 支出 after the code). */
export const withoutSpending = (name: string) => name.replace(/支出$/, '');
