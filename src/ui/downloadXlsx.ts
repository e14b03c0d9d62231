/**
 * .xlsx downloads (issue 6): a scheme with its hierarchy as merged cells, or a table. exceljs
 * comes with src/core/export/toXlsx.ts, loaded only when a workbook is asked for, so the app's
 * first load does not carry it.
 */
import type { Scheme } from '../core/types';
import { download } from './download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function save(bytes: Uint8Array, fileName: string): void {
  download(new Blob([bytes.slice().buffer], { type: XLSX_TYPE }), fileName);
}

/** Saves `scheme` as an office keeps it, headers in `lang`. */
export async function downloadSchemeXlsx(
  scheme: Scheme,
  lang: 'zh' | 'en',
  fileName: string,
): Promise<void> {
  const { schemeToXlsx } = await import('../core/export/toXlsx');
  save(await schemeToXlsx(scheme, { lang }), fileName);
}

/** Saves a table (a header row and its rows) on one sheet named `sheet`. */
export async function downloadTableXlsx(
  header: string[],
  body: (string | number | null)[][],
  sheet: string,
  fileName: string,
): Promise<void> {
  const { tableToXlsx } = await import('../core/export/toXlsx');
  save(await tableToXlsx(header, body, sheet), fileName);
}
