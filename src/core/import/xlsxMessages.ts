/** The messages of the workbook importer, in both interface languages (see messages.ts). */
import type { Bilingual } from '../types';

export const xlsxMessages = {
  xls: (): Bilingual => ({
    zh: '这是旧版 Excel 97–2003 工作簿（.xls），或设置了打开密码的工作簿。请在 Excel 或 WPS 中“另存为” .xlsx（不设密码）后再打开。',
    en: 'This is an old Excel 97–2003 workbook (.xls), or a password-protected workbook. Save it from Excel or WPS as .xlsx (without a password) and open that.',
  }),
  notWorkbook: (): Bilingual => ({
    zh: '这是一个 ZIP 压缩包，但不是 Excel 工作簿（可能是 Word 文档或其他压缩文件）。请打开 .xlsx 或 .csv 文件。',
    en: 'This is a ZIP archive but not an Excel workbook (perhaps a Word document or another archive). Open an .xlsx or .csv file.',
  }),
  binaryWorkbook: (): Bilingual => ({
    zh: '这是 Excel 二进制工作簿（.xlsb）。请在 Excel 中“另存为” .xlsx 后再打开。',
    en: 'This is an Excel binary workbook (.xlsb). Save it from Excel as .xlsx and open that.',
  }),
  damaged: (detail: string): Bilingual => ({
    zh: `无法读取这个工作簿（文件可能已损坏或不完整）：${detail.slice(0, 80)}`,
    en: `This workbook cannot be read (the file may be damaged or incomplete): ${detail.slice(0, 80)}`,
  }),
  noSheets: (): Bilingual => ({
    zh: '工作簿里没有工作表。',
    en: 'The workbook has no worksheets.',
  }),
  sheetMissing: (name: string, sheets: string[]): Bilingual => ({
    zh: `工作簿里没有名为“${name}”的工作表；现有：${sheets.join('、')}。`,
    en: `The workbook has no sheet named "${name}"; it has: ${sheets.join(', ')}.`,
  }),
  otherSheets: (sheet: string, others: string[]): Bilingual => ({
    zh: `读取的是工作表“${sheet}”；工作簿还有：${others.join('、')}。指标表若在其中，请选择那个工作表。`,
    en: `Sheet "${sheet}" was read; the workbook also has: ${others.join(', ')}. If the scheme is in one of them, choose that sheet.`,
  }),
};
