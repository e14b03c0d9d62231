import { diffSchemes } from '../core/compare/diffSchemes';
import { DEFAULT_THRESHOLD } from '../core/overlap/findOverlap';
import { numberOption, UsageError, type Args } from './args';
import { readScheme } from './readScheme';

/**
 * `lens compare OLD NEW [--changes] [--threshold T]`: growth per level, metric changes and
 * diff counts as one JSON object; with --changes, one JSON line per leaf that is not unchanged.
 */
export async function compareCommand(
  args: Args,
  lang: 'zh' | 'en',
  out: (line: string) => void,
): Promise<void> {
  const [oldFile, newFile] = args.positional;
  if (!oldFile || !newFile)
    throw new UsageError('usage: lens compare OLD NEW [--changes] [--threshold T]');
  const threshold = numberOption(args, 'threshold', DEFAULT_THRESHOLD, 0, 1);
  const { scheme: oldScheme } = await readScheme(oldFile, lang);
  const { scheme: newScheme } = await readScheme(newFile, lang);
  const diff = diffSchemes(oldScheme, newScheme, { threshold });
  if (args.flags.has('changes')) {
    for (const leaf of diff.leaves) if (leaf.status !== 'unchanged') out(JSON.stringify(leaf));
    return;
  }
  const { threshold: t, counts, byLevel, metrics } = diff;
  out(
    JSON.stringify({ old: oldFile, new: newFile, threshold: t, counts, byLevel, metrics }, null, 2),
  );
}
