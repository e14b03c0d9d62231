/**
 * Column roles that need no knowledge of the levels: from emptiness, header words (分值,
 * 单项否决, 责任单位 …) or an unmistakable shape (import brief: "a column of mostly numbers is
 * points; long sentences are a rule; short repeated values from a small set are a
 * department"), and, once the levels are known, the roles of the text columns left over.
 */
import type { ColumnRole } from '../types';
import { because, examples } from './cells';
import { share } from './columnStats';
import type { ColumnProfile } from './profileColumns';

/** A column's role and the reason for it. */
export type Assigned = { role: ColumnRole; reason: string };

export const headerSays = (c: ColumnProfile, zh: string, en: string) =>
  because(`表头“${c.header}”：${zh}`, `header "${c.header}": ${en}`);

/** Roles fixed by emptiness, header words or an unmistakable shape (before levels). */
export function fixedRoles(
  columns: ColumnProfile[],
  table: readonly string[][],
  rows: readonly number[],
): Map<number, Assigned> {
  const out = new Map<number, Assigned>();
  const hasPointsHeader = columns.some((c) => c.hint?.kind === 'points' && c.stats.filled > 0);
  for (const c of columns) {
    const s = c.stats;
    const kind = c.hint?.kind;
    const numeric = share(s, s.numeric);
    if (s.filled === 0 && kind !== 'parent') {
      out.set(c.index, { role: 'ignore', reason: because('空列', 'empty column') });
    } else if (kind === 'entry' && !(numeric >= 0.8 && !hasPointsHeader)) {
      out.set(c.index, {
        role: 'ignore',
        reason: headerSays(c, '评分时填写的栏', 'filled in while scoring'),
      });
    } else if (share(s, s.template) >= 0.3) {
      out.set(c.index, {
        role: 'ignore',
        reason: because('待填写的表格（□）', 'a form to fill in (□)'),
      });
    } else if (share(s, s.marks) >= 0.8) {
      out.set(c.index, {
        role: 'ignore',
        reason: because('只有符号', 'only marks such as / or ①'),
      });
    } else if (kind === 'points' || (kind === 'entry' && numeric >= 0.5)) {
      out.set(c.index, { role: 'points', reason: headerSays(c, '分值', 'points') });
    } else if (kind === 'veto') {
      out.set(c.index, { role: 'veto', reason: headerSays(c, '否决项', 'veto') });
    } else if (kind === 'department') {
      out.set(c.index, { role: 'department', reason: headerSays(c, '责任单位', 'department') });
    } else if (kind === 'kind' || kind === 'incentive' || kind === 'note') {
      out.set(c.index, {
        role: kind,
        reason: headerSays(c, kind === 'note' ? '备注' : '类别', kind),
      });
    } else if (kind === 'year' && share(s, s.numeric) >= 0.8) {
      out.set(c.index, { role: 'year', reason: headerSays(c, '年份', 'year') });
    } else if (kind === undefined && numeric >= 0.8 && !looksLikeNumbering(c)) {
      out.set(c.index, {
        role: 'points',
        reason: because('大多是数字：分值', 'mostly numbers: points'),
      });
    } else if (
      (kind === undefined || kind === 'name') &&
      share(s, s.orgLike) >= 0.6 &&
      s.medianLength <= 20
    ) {
      out.set(c.index, {
        role: 'department',
        reason: because(
          `内容是单位名称（${examples(sample(table, rows, c.index))}）`,
          'values name organisations: the department',
        ),
      });
    }
  }
  return out;
}

/** The first few filled cells of a column, for a reason text. */
function sample(table: readonly string[][], rows: readonly number[], col: number): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (table[r][col] !== '') out.push(table[r][col]);
    if (out.length >= 4) break;
  }
  return out;
}

/**
 * A column at the left of short codes that rise row after row (1, 2, 3; 1.1, 1.21, 2.1) or mix
 * styles (一、 and 1): numbering, not points.
 */
function looksLikeNumbering(c: ColumnProfile): boolean {
  const s = c.stats;
  if (c.index > 1 || s.filled < 2 || s.codes < 0.9 * s.filled || s.medianLength > 6) return false;
  return s.rises >= 0.7 * (s.filled - 1) || s.numeric < s.filled;
}

/** The numbering column: a 序号/编号 header over codes, or a leftmost column of codes 1, 2, 3 … */
export function findCodeColumn(
  columns: ColumnProfile[],
  assigned: Map<number, Assigned>,
): number | undefined {
  for (const c of columns) {
    if (assigned.has(c.index) || c.stats.filled === 0) continue;
    const codes = share(c.stats, c.stats.codes);
    const hinted = c.hint?.kind === 'code' || c.hint?.kind === 'id';
    if (hinted && codes >= 0.6) return c.index;
    if (c.hint === null && looksLikeNumbering(c)) return c.index;
  }
  return undefined;
}

/** Roles of the text columns left after levels: rules, notes, departments. */
export function attributeRoles(columns: ColumnProfile[], assigned: Map<number, Assigned>): void {
  const free = columns.filter((c) => !assigned.has(c.index));
  const primaryRule = free.some((c) => c.hint?.kind === 'rule');
  let rule = primaryRule;
  for (const c of free) {
    const s = c.stats;
    const kind = c.hint?.kind;
    if (kind === 'rule') {
      assigned.set(c.index, { role: 'rule', reason: headerSays(c, '评分标准', 'scoring rule') });
    } else if (kind === 'method') {
      assigned.set(
        c.index,
        rule
          ? {
              role: 'note',
              reason: headerSays(
                c,
                '考核方法（已有评分标准列）',
                'how it is checked (the rule is elsewhere)',
              ),
            }
          : {
              role: 'rule',
              reason: headerSays(c, '考核方法，作评分标准', 'method of checking, used as the rule'),
            },
      );
      rule = true;
    } else if (
      !rule &&
      (share(s, s.ruleLike) >= 0.3 || (share(s, s.sentence) >= 0.5 && s.medianLength >= 15))
    ) {
      rule = true;
      assigned.set(c.index, {
        role: 'rule',
        reason: because(
          '长句、含计分用语：评分标准',
          'long sentences with scoring words: the rule',
        ),
      });
    } else if (kind === 'code' || kind === 'id' || kind === 'parent') {
      assigned.set(c.index, { role: 'ignore', reason: headerSays(c, '编号', 'numbering') });
    } else {
      assigned.set(c.index, {
        role: 'note',
        reason: because('其他文字：作为备注保留', 'other text: kept as a note'),
      });
    }
  }
}
