import type { Incentive, Kind } from '../types';

// Values an office writes in an explicit kind / incentive column. Checked in order: the
// first pattern that matches the cell decides; a cell matching none decides nothing.
const KIND_VALUES: [RegExp, Kind][] = [
  [/混合|兼有|过程.*结果|结果.*过程|mixed|both/i, 'mixed'],
  [/过程|投入|工作性|process|activity|input/i, 'process'],
  [/结果|成效|效果|效益|实绩|outcome|result|impact/i, 'outcome'],
];

const INCENTIVE_VALUES: [RegExp, Incentive, boolean][] = [
  [/否决|否优|veto/i, 'negative', true],
  [/奖扣|加扣|加减|奖惩|[±]/, 'unknown', false],
  [/扣分|减分|扣|负|penalt|deduct|negative/i, 'negative', false],
  [/加分|奖|正向|bonus|reward|positive/i, 'positive', false],
  [/得分|赋分|基础|常规|达标|attain|neutral|regular/i, 'neutral', false],
];

/** The kind an explicit column states (过程/结果/混合, process/outcome), or null. */
export function readKindColumn(text: string | undefined): Kind | null {
  const t = text?.trim();
  if (!t) return null;
  for (const [re, kind] of KIND_VALUES) if (re.test(t)) return kind;
  return null;
}

/**
 * The incentive an explicit column states (扣分/加分/得分/一票否决, penalty/bonus), and whether
 * it is a veto; null when the cell is empty, unreadable, or names both signs (奖扣分), which
 * leaves the decision to the rule text (corpus README incentive rule 2).
 */
export function readIncentiveColumn(
  text: string | undefined,
): { incentive: Incentive; veto: boolean } | null {
  const t = text?.trim();
  if (!t) return null;
  for (const [re, incentive, veto] of INCENTIVE_VALUES) {
    if (re.test(t)) return incentive === 'unknown' ? null : { incentive, veto };
  }
  return null;
}

const VETO_YES = /^(是|有|y|yes|true|√|✓|✔|1)$|否决|否优|veto/i;
const VETO_NO = /^(否|无|n|no|false|×|✗|✘|0|-|—|\/)$/i;

/**
 * Whether an explicit veto column (单项否决 / 一票否决: 是/否) says the item is a veto; null
 * when the cell is empty or unreadable.
 */
export function readVetoColumn(text: string | undefined): boolean | null {
  const t = text?.trim();
  if (!t) return null;
  if (VETO_NO.test(t)) return false;
  if (VETO_YES.test(t)) return true;
  return null;
}
