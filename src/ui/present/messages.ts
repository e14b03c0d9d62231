/**
 * Strings of the presentation and the printed report, kept beside them while the shared
 * dictionaries (i18n/zh.ts, en.ts) are edited by others; same rules: Chinese first, `{name}`
 * marks a parameter, both languages carry the same keys and parameters (tested).
 */
import { format, locale, type Lang } from '../i18n/locale.svelte';

const zhMessages = {
  'present.label': '演示：{title}',
  'present.close': '关闭（Esc）',
  'present.fullscreen': '全屏',
  'present.prev': '上一页',
  'present.next': '下一页',
  'present.counter': '{i} / {n}',
  'present.keys': '← → 翻页 · Home / End 首末页 · Esc 退出',
  'present.slide': '第 {i} 页，共 {n} 页',
  'numbers.title': '这套考核有多少项',
  'numbers.overlap': '重复考核',
  'numbers.overlapNote': '{n} 项可合并',
  'numbers.negative': '负向激励（扣分 / 否决）',
  'numbers.negativeNote': '按分值 {p}',
  'numbers.process': '考过程、考材料',
  'numbers.processNote': '按分值 {p}',
  'numbers.byCount': '按项数',
  'numbers.flagged': '被标记指标',
  'numbers.criteria': '项考开会、台账、留痕、打卡等',
  'numbers.structural': '项结构问题（分支过宽、分值过小等）',
  'numbers.vetoes': '一票否决',
  'numbers.leaves': '末级指标',
  'sunburst.title': '指标结构：过程类与结果类',
  'sunburst.chart': '{scheme} 旭日图',
  'growth.title': '指标数量逐年增长',
  'growth.chart': '各级指标数量',
  'simulation.title': '精简前后：{label}',
  'simulation.before': '精简前',
  'simulation.after': '精简后',
  'simulation.items': '末级指标',
  'simulation.steps': '做了什么：{steps}',
  'simulation.sep': '；',
  'simulation.moreSteps': '另有 {n} 步',
  'flags.title': '项指标考开会、台账、留痕、打卡等',
  'flags.rest': '另有 {n} 项',
  'overlaps.title': '组重复考核，合并可减少 {r} 项',
  'overlaps.similarity': '相似度 {s}',
  'overlaps.rest': '另有 {n} 组',
  'report.label': '一页报告：{title}',
  'report.heading': '{title}：考核形式主义体检',
  'report.print': '打印',
  'report.close': '关闭',
  'report.hint': '打印时请选择 A4 纸、缩放 100%、保留背景图形。',
  'report.numbers': '主要数字',
  'report.growth': '各级指标数量',
  'report.sunburst': '指标结构（按过程类 / 结果类着色）',
  'report.overlaps': '重复考核（前 {n} 组，共 {total} 组）',
  'report.flags': '考开会、台账、留痕等的指标（前 {n} 项，共 {total} 项）',
  'report.none': '无',
  'report.footer': '指标透视 Indicator Lens · 数据只在本机浏览器中处理',
} as const;

/** A key of the presentation's strings. */
export type PresentKey = keyof typeof zhMessages;

/** The presentation's strings in both languages. */
export const presentMessages: Record<Lang, Record<PresentKey, string>> = {
  zh: zhMessages,
  en: {
    'present.label': 'Presentation: {title}',
    'present.close': 'Close (Esc)',
    'present.fullscreen': 'Full screen',
    'present.prev': 'Previous',
    'present.next': 'Next',
    'present.counter': '{i} / {n}',
    'present.keys': '← → turn pages · Home / End first, last · Esc leave',
    'present.slide': 'Slide {i} of {n}',
    'numbers.title': 'How big this scheme is',
    'numbers.overlap': 'Assessed twice',
    'numbers.overlapNote': '{n} items could merge',
    'numbers.negative': 'Negative incentives (deductions, vetoes)',
    'numbers.negativeNote': 'By points {p}',
    'numbers.process': 'Measures activity and paperwork',
    'numbers.processNote': 'By points {p}',
    'numbers.byCount': 'by count',
    'numbers.flagged': 'Flagged items',
    'numbers.criteria': 'items on meetings, ledgers, traces, check-ins …',
    'numbers.structural': 'items with structural issues (wide branches, tiny points …)',
    'numbers.vetoes': 'One-vote vetoes',
    'numbers.leaves': 'Detailed items',
    'sunburst.title': 'The structure: process and outcome items',
    'sunburst.chart': '{scheme} sunburst',
    'growth.title': 'Items keep growing year after year',
    'growth.chart': 'Items per level',
    'simulation.title': 'Before and after: {label}',
    'simulation.before': 'Before',
    'simulation.after': 'After',
    'simulation.items': 'Detailed items',
    'simulation.steps': 'What was done: {steps}',
    'simulation.sep': '; ',
    'simulation.moreSteps': '{n} more steps',
    'flags.title': 'items assess meetings, ledgers, traces, check-ins …',
    'flags.rest': '{n} more',
    'overlaps.title': 'overlap groups: merging them removes {r} items',
    'overlaps.similarity': 'Similarity {s}',
    'overlaps.rest': '{n} more groups',
    'report.label': 'One-page report: {title}',
    'report.heading': '{title}: a formalism check-up',
    'report.print': 'Print',
    'report.close': 'Close',
    'report.hint': 'Print on A4, scale 100%, with background graphics on.',
    'report.numbers': 'Headline numbers',
    'report.growth': 'Items per level',
    'report.sunburst': 'Structure (coloured by process / outcome)',
    'report.overlaps': 'Assessed twice (top {n} of {total} groups)',
    'report.flags': 'Items on meetings, ledgers, traces … (top {n} of {total})',
    'report.none': 'None',
    'report.footer': 'Indicator Lens · the data never left this browser',
  },
};

/** A translation function over the presentation's strings. */
export type PresentTranslate = (
  key: PresentKey,
  params?: Record<string, string | number>,
) => string;

/** The presentation's string for `key` in the interface's current language. */
export const tp: PresentTranslate = (key, params) =>
  format(presentMessages[locale.lang][key], params);

/**
 * The short name of a flag type in the current language ("文件台账"), as the overview cards
 * show it; a string that is not a flag type stays as it is.
 */
export function flagText(flag: string): string {
  return locale.tryT(`flagShort.${flag}`) ?? locale.tryT(`flag.${flag}`) ?? flag;
}

/**
 * A date as people read it in the current language ("2026年11月29日", "November 29, 2026").
 * A bare YYYY-MM-DD is read as that calendar day, not as UTC midnight, so it never shifts.
 */
export function formatDate(iso: string, lang: Lang = locale.lang): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso);
  if (Number.isNaN(day.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'long' }).format(day);
}
