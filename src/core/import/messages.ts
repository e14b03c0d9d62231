/**
 * Every message the importer shows, in both interface languages (DESIGN.md: "Bad input gets
 * a clear message with the row and column"). One function per issue code.
 */
import type { Bilingual, ImportIssue, IssueSeverity } from '../types';

/** An issue record; `row` is the spreadsheet row (1-based), 0 for the whole file. */
export function issue(
  severity: IssueSeverity,
  code: string,
  row: number,
  column: string | null,
  message: Bilingual,
): ImportIssue {
  return { severity, row, column, code, message };
}

const cut = (text: string, max = 30): string =>
  text.length > max ? text.slice(0, max) + '…' : text;

export const messages = {
  notText: (kind: string | null): Bilingual => ({
    zh: kind
      ? `这不是文本表格（看起来是 ${kind} 文件）。请在 Excel 中“另存为”CSV 后再打开。`
      : '这不是文本表格（含有二进制内容或无法识别的编码）。请在 Excel 中“另存为”CSV 后再打开。',
    en: kind
      ? `This is not a text table (it looks like a ${kind} file). Save it from Excel as CSV and open that.`
      : 'This is not a text table (binary content or an unknown encoding). Save it from Excel as CSV and open that.',
  }),
  empty: (): Bilingual => ({
    zh: '文件是空的（没有任何内容）。',
    en: 'The file is empty.',
  }),
  noRows: (): Bilingual => ({
    zh: '表头下面没有任何数据行。',
    en: 'There are no rows under the header.',
  }),
  noLevels: (): Bilingual => ({
    zh: '没有找到指标名称所在的列。请在列映射中指定哪一列是指标（或第几级指标）。',
    en: 'No column of indicator names was found. Choose in the column mapping which column holds the indicators (or which level).',
  }),
  noLongColumns: (missing: string): Bilingual => ({
    zh: `长表格式需要编号、上级编号和名称三列，缺少：${missing}。`,
    en: `The long format needs an id, a parent id and a name column; missing: ${missing}.`,
  }),
  mappingColumn: (index: number): Bilingual => ({
    zh: `列映射提到第 ${index + 1} 列，但表格没有这一列：已忽略。`,
    en: `The column mapping names column ${index + 1}, which the table does not have: ignored.`,
  }),
  duplicateId: (id: string, firstRow: number): Bilingual => ({
    zh: `编号“${cut(id)}”重复：第 ${firstRow} 行已经用过。`,
    en: `Duplicate id "${cut(id)}": already used on row ${firstRow}.`,
  }),
  unknownParent: (parent: string): Bilingual => ({
    zh: `上级编号“${cut(parent)}”在表中不存在。`,
    en: `Parent id "${cut(parent)}" does not exist in the table.`,
  }),
  cycle: (steps: { id: string; row: number }[]): Bilingual => {
    const first = steps[0];
    const zh = [...steps, first].map((s) => `“${cut(s.id, 12)}”（第 ${s.row} 行）`).join(' → ');
    const en = [...steps, first].map((s) => `"${cut(s.id, 12)}" (row ${s.row})`).join(' → ');
    return {
      zh: `上级关系构成循环：${zh}（箭头指向上级）。`,
      en: `The parent links form a cycle: ${en} (each arrow points to the parent).`,
    };
  },
  emptyName: (): Bilingual => ({
    zh: '这一行有内容，但没有指标名称。',
    en: 'This row has content but no indicator name.',
  }),
  emptyId: (): Bilingual => ({
    zh: '这一行有指标名称，但没有编号。',
    en: 'This row has an indicator name but no id.',
  }),
  pointsNaN: (text: string): Bilingual => ({
    zh: `分值“${cut(text)}”不是数字：这一项按没有分值处理。`,
    en: `Points "${cut(text)}" is not a number: this item is read without points.`,
  }),
  pointsConflict: (inName: number, inColumn: number): Bilingual => ({
    zh: `名称里写的是 ${inName} 分，分值列是 ${inColumn}：采用分值列。`,
    en: `The name says ${inName} points, the points column ${inColumn}: the column is used.`,
  }),
  emptyBranch: (name: string): Bilingual => ({
    zh: `“${cut(name)}”下面没有细项，也没有分值或评分标准：不算作指标。`,
    en: `"${cut(name)}" has no items under it and no points or rule: not counted as an indicator.`,
  }),
  quotes: (): Bilingual => ({
    zh: '引号不成对：这一行之后的单元格可能被并在了一起，请检查。',
    en: 'Unbalanced quotes: cells after this row may have run together; please check.',
  }),
  replacedChars: (count: number): Bilingual => ({
    zh: `有 ${count} 个字符无法解码，显示为 “�”。`,
    en: `${count} characters could not be decoded and show as "�".`,
  }),
  yearsMixed: (years: string[]): Bilingual => ({
    zh: `年份列有多个年份（${years.join('、')}）：作为一个方案读入。`,
    en: `The year column holds several years (${years.join(', ')}): read as one scheme.`,
  }),
  internal: (detail: string): Bilingual => ({
    zh: `读取时发生意外错误（这是程序的缺陷，请反馈）：${cut(detail, 80)}`,
    en: `Unexpected error while reading (a bug in this program, please report it): ${cut(detail, 80)}`,
  }),
};
