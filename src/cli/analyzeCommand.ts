import { analyzeScheme } from '../core/analyze';
import { DEFAULT_THRESHOLD } from '../core/overlap/findOverlap';
import { departmentOf, leavesOf, nodeIndex, pathOf } from '../core/tree';
import type { Analysis, Scheme } from '../core/types';
import { numberOption, UsageError, type Args } from './args';
import { readScheme } from './readScheme';

/**
 * `lens analyze FILE [--sheet NAME] [--leaves] [--threshold T]`: one JSON object, or one line
 * per leaf. FILE is a CSV/TSV table or an .xlsx workbook.
 */
export async function analyzeCommand(
  args: Args,
  lang: 'zh' | 'en',
  out: (line: string) => void,
): Promise<void> {
  const file = args.positional[0];
  if (!file) {
    throw new UsageError('usage: lens analyze FILE [--sheet NAME] [--leaves] [--threshold T]');
  }
  const threshold = numberOption(args, 'threshold', DEFAULT_THRESHOLD, 0, 1);
  const sheet = args.options.get('sheet')?.at(-1);
  const { scheme, result } = await readScheme(file, lang, sheet === undefined ? {} : { sheet });
  const analysis = analyzeScheme(scheme, { threshold });
  if (args.flags.has('leaves')) {
    for (const line of leafLines(scheme, analysis)) out(JSON.stringify(line));
    return;
  }
  out(
    JSON.stringify(
      {
        file,
        format: scheme.source.format,
        encoding: scheme.source.encoding,
        delimiter: scheme.source.delimiter,
        ...(scheme.source.sheet === undefined ? {} : { sheet: scheme.source.sheet }),
        counts: analysis.counts,
        overlap: analysis.overlap,
        incentive: analysis.incentive,
        kind: analysis.kind,
        flags: analysis.flags,
        warnings: result.issues.filter((i) => i.severity === 'warning'),
        skipped: result.skipped,
      },
      null,
      2,
    ),
  );
}

/** One record per leaf, in file order, with the evidence for each classification. */
export function leafLines(scheme: Scheme, analysis: Analysis) {
  const index = nodeIndex(scheme);
  const byId = new Map(analysis.leaves.map((l) => [l.id, l]));
  return leavesOf(scheme).map((node) => {
    const c = byId.get(node.id);
    return {
      id: node.id,
      rows: node.rows,
      path: pathOf(node, index),
      name: node.name,
      points: node.points ?? null,
      rule: node.rule ?? null,
      department: departmentOf(node, index) ?? null,
      kind: c?.kind ?? 'unknown',
      incentive: c?.incentive ?? 'unknown',
      veto: c?.veto ?? false,
      flags: c?.flags.map((f) => f.type) ?? [],
      evidence: c
        ? {
            kind: c.kindEvidence,
            incentive: c.incentiveEvidence,
            veto: c.vetoEvidence ?? null,
            flags: c.flags,
          }
        : null,
    };
  });
}
