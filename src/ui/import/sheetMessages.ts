/**
 * The strings of the sheet picker in the mapping step (issue 6, Excel: "choose the sheet …
 * skip hidden rows only if the user says so"). They live beside the dialog rather than in the
 * shared dictionaries, each as { zh, en }, and are read in the current interface language.
 */
import type { Bilingual } from '../../core/types';
import { locale } from '../i18n/locale.svelte';

/** Every string of the sheet picker, in both interface languages. */
export const sheetMessages = {
  'sheet.label': { zh: '工作表', en: 'Sheet' },
  'sheet.choose': { zh: '选择工作表…', en: 'Choose a sheet…' },
  'sheet.skipHidden': { zh: '跳过隐藏行', en: 'Skip hidden rows' },
  // Hidden rows are read unless the user asks otherwise (issue 6), so the default is said.
  'sheet.skipHiddenHint': {
    zh: '默认会读取隐藏的行；勾选后跳过在 Excel 或 WPS 中隐藏的行。',
    en: 'Hidden rows are read by default; tick this to skip rows hidden in Excel or WPS.',
  },
} satisfies Record<string, Bilingual>;

/** A key of {@link sheetMessages}. */
export type SheetMessageKey = keyof typeof sheetMessages;

/** The string for `key` in the current interface language. */
export function sheetText(key: SheetMessageKey): string {
  return locale.pick(sheetMessages[key]);
}
