import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { schemeToCsv } from '../core/export/toCsv';
import { schemeToXlsx } from '../core/export/toXlsx';
import { leavesOf } from '../core/tree';
import { UsageError, type Args } from './args';
import { InputError, readScheme } from './readScheme';

const USAGE = 'usage: lens export FILE --out OUT.xlsx|OUT.csv [--sheet NAME] [--lang zh|en]';

/** The output formats, by the extension of --out. */
const FORMATS: Record<string, 'xlsx' | 'csv'> = { '.xlsx': 'xlsx', '.csv': 'csv' };

/**
 * `lens export FILE --out OUT.xlsx|OUT.csv [--sheet NAME]`: writes the scheme read from FILE
 * (CSV/TSV or .xlsx; --sheet picks the worksheet, as for analyze) as an .xlsx workbook with
 * the hierarchy as merged cells, or as CSV in the format it was read in (issue 6). The .xlsx
 * sheet is named after --sheet when given, else after the scheme. Prints one JSON summary.
 */
export async function exportCommand(
  args: Args,
  lang: 'zh' | 'en',
  out: (line: string) => void,
): Promise<void> {
  const file = args.positional[0];
  const outFile = args.options.get('out')?.at(-1);
  if (!file || !outFile) throw new UsageError(USAGE);
  const format = FORMATS[extname(outFile).toLowerCase()];
  if (!format) {
    throw new UsageError(
      `--out ${outFile}: the file must end in .xlsx or .csv (the extension picks the format)\n${USAGE}`,
    );
  }
  const sheet = args.options.get('sheet')?.at(-1);
  const { scheme } = await readScheme(file, lang, sheet === undefined ? {} : { sheet });
  const bytes =
    format === 'xlsx'
      ? await schemeToXlsx(scheme, { lang, sheetName: sheet })
      : new TextEncoder().encode(schemeToCsv(scheme));
  try {
    writeFileSync(outFile, bytes);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const message = lang === 'zh' ? `无法写入文件：${reason}` : `cannot write the file: ${reason}`;
    throw new InputError([`${outFile}:0:: error: ${message}`]);
  }
  out(
    JSON.stringify(
      {
        file,
        out: outFile,
        format: format === 'xlsx' ? 'xlsx' : scheme.source.format,
        nodes: scheme.nodes.length,
        leaves: leavesOf(scheme).length,
      },
      null,
      2,
    ),
  );
}
