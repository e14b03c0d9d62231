import { writeFileSync } from 'node:fs';
import { generateScheme } from '../core/gen/generateScheme';
import { numberOption, UsageError, type Args } from './args';

/** `lens gen --leaves N [--seed S] [--years K] [--out FILE]`: a synthetic wide-form scheme. */
export function genCommand(args: Args, write: (text: string) => void): void {
  if (!args.options.has('leaves')) {
    throw new UsageError('usage: lens gen --leaves N [--seed S] [--years K] [--out FILE]');
  }
  const leaves = numberOption(args, 'leaves', 0, 1, 5_000_000);
  const seed = numberOption(args, 'seed', 1, 0, 2 ** 32 - 1);
  const years = numberOption(args, 'years', 1, 1, 50);
  if (!Number.isInteger(leaves) || !Number.isInteger(seed) || !Number.isInteger(years)) {
    throw new UsageError('--leaves, --seed and --years take whole numbers');
  }
  const text = generateScheme({ leaves, seed, years });
  const out = args.options.get('out')?.at(-1);
  if (out) writeFileSync(out, text);
  else write(text);
}
