import { writeFileSync } from 'node:fs';
import { analyzeScheme } from '../core/analyze';
import { ALL_FLAGS } from '../core/classify/flagGroups';
import { schemeToCsv } from '../core/export/toCsv';
import { simulate, type PointsPolicy, type SimulationStep } from '../core/simulate/simulate';
import type { FlagType, Scheme } from '../core/types';
import { UsageError, type Args } from './args';
import { readScheme } from './readScheme';

const USAGE =
  'usage: lens simulate FILE --step merge-overlap[:sum|max|first] --step drop-flag:TYPE ' +
  '--step fold-process --step deductions-to-attainment --step cap-branch:N --step cap-total:N ' +
  '--step merge:ID1,ID2[,…][:sum|max|first] [--points keep-leaf-points|keep-parent-totals] [--out OUT.csv]';

/**
 * `merge:ID1,ID2[:sum|max|first]`: the ids (node ids as `lens analyze --leaves` prints them),
 * the first surviving; points 'sum' unless given.
 */
function parseMerge(text: string, rest: string): SimulationStep {
  const m = /^(.*):(sum|max|first)$/.exec(rest);
  const ids = (m ? m[1] : rest)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length < 2)
    throw new UsageError(`--step ${text}: merge needs two ids or more, as merge:ID1,ID2`);
  return { type: 'merge', ids, points: (m?.[2] ?? 'sum') as 'sum' | 'max' | 'first' };
}

/** FlagType's values, to refuse a mistyped flag instead of dropping nothing. */
const FLAG_TYPES: readonly string[] = ALL_FLAGS;

/**
 * Reads one `--step` value: `merge-overlap:max`, `drop-flag:meeting`, `cap-branch:5`,
 * `cap-total:100`, `merge:n3,n7:max`.
 */
export function parseStep(text: string): SimulationStep {
  const [name, value = ''] = text.split(':', 2);
  if (name === 'merge') return parseMerge(text, text.slice('merge:'.length));
  const count = () => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--step ${text}: needs a whole number`);
    return n;
  };
  switch (name) {
    case 'merge-overlap':
      if (value && !['sum', 'max', 'first'].includes(value))
        throw new UsageError(`--step ${text}: sum, max or first`);
      return { type: 'merge-overlap', points: (value || 'sum') as 'sum' | 'max' | 'first' };
    case 'drop-flag':
      if (!FLAG_TYPES.includes(value)) {
        throw new UsageError(`--step ${text}: the flag is one of ${FLAG_TYPES.join(', ')}`);
      }
      return { type: 'drop-flag', flag: value as FlagType };
    case 'fold-process':
      return { type: 'fold-process' };
    case 'deductions-to-attainment':
      return { type: 'deductions-to-attainment' };
    case 'cap-branch':
      return { type: 'cap', perBranch: count() };
    case 'cap-total':
      return { type: 'cap', total: count() };
    default:
      throw new UsageError(`unknown step "${text}"\n${USAGE}`);
  }
}

function summary(scheme: Scheme) {
  const a = analyzeScheme(scheme);
  return {
    byLevel: a.counts.byLevel,
    leaves: a.counts.leaves,
    overlapRatio: a.overlap.ratio,
    negativeRatio: a.incentive.negativeRatio,
    processShare: a.kind.processShare,
    flaggedLeaves: a.flags.leaves,
  };
}

/** `lens simulate FILE --step … [--points POLICY] [--out OUT.csv]`: before/after JSON. */
export async function simulateCommand(
  args: Args,
  lang: 'zh' | 'en',
  out: (line: string) => void,
): Promise<void> {
  const file = args.positional[0];
  if (!file) throw new UsageError(USAGE);
  const steps = (args.options.get('step') ?? []).map(parseStep);
  const policy = args.options.get('points')?.at(-1) ?? 'keep-leaf-points';
  if (policy !== 'keep-leaf-points' && policy !== 'keep-parent-totals') {
    throw new UsageError(
      `--points must be keep-leaf-points or keep-parent-totals, not "${policy}"`,
    );
  }
  const { scheme } = await readScheme(file, lang);
  const result = simulate(scheme, steps, policy as PointsPolicy);
  const outFile = args.options.get('out')?.at(-1);
  if (outFile) writeFileSync(outFile, schemeToCsv(result.scheme));
  out(
    JSON.stringify(
      {
        file,
        policy,
        before: summary(scheme),
        after: summary(result.scheme),
        steps: result.records,
      },
      null,
      2,
    ),
  );
}
