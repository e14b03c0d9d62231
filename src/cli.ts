/**
 * The command line: the same core as the app, for batch work and scripts.
 *   lens analyze FILE [--sheet NAME] [--leaves] [--threshold T] [--lang zh|en]
 *   lens gen --leaves N [--seed S] [--years K] [--out FILE]
 *   lens export FILE --out OUT.xlsx|OUT.csv [--sheet NAME]
 * Bad input: `FILE:ROW:COLUMN: message` lines on stderr, exit status 2; never a stack trace.
 */
import { analyzeCommand } from './cli/analyzeCommand';
import { parseArgs, UsageError } from './cli/args';
import { compareCommand } from './cli/compareCommand';
import { exportCommand } from './cli/exportCommand';
import { genCommand } from './cli/genCommand';
import { InputError } from './cli/readScheme';
import { simulateCommand } from './cli/simulateCommand';

const USAGE = `usage:
  lens analyze FILE [--sheet NAME] [--leaves] [--threshold T] [--lang zh|en]
  lens gen --leaves N [--seed S] [--years K] [--out FILE]
  lens compare OLD NEW [--changes] [--threshold T]
  lens simulate FILE --step STEP … [--points keep-leaf-points|keep-parent-totals] [--out OUT.csv]
  lens export FILE --out OUT.xlsx|OUT.csv [--sheet NAME]`;

/** Options that take a value, per command (`--leaves` is a flag for analyze, a number for gen). */
const VALUED: Record<string, readonly string[]> = {
  analyze: ['threshold', 'lang', 'sheet'],
  gen: ['leaves', 'seed', 'years', 'out', 'lang'],
  compare: ['threshold', 'lang'],
  simulate: ['step', 'points', 'out', 'lang'],
  export: ['out', 'sheet', 'lang'],
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const args = parseArgs(rest, VALUED[command ?? ''] ?? ['lang']);
    const lang = args.options.get('lang')?.at(-1) === 'en' ? 'en' : 'zh';
    const out = (line: string) => process.stdout.write(line + '\n');
    switch (command) {
      case 'analyze':
        await analyzeCommand(args, lang, out);
        return 0;
      case 'compare':
        await compareCommand(args, lang, out);
        return 0;
      case 'simulate':
        await simulateCommand(args, lang, out);
        return 0;
      case 'export':
        await exportCommand(args, lang, out);
        return 0;
      case 'gen':
        genCommand(args, (text) => process.stdout.write(text));
        return 0;
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) {
      process.stderr.write(err.message + '\n');
      return 2;
    }
    // An unexpected failure is our bug, not the user's: say so in one line.
    process.stderr.write(`lens: internal error: ${err instanceof Error ? err.message : err}\n`);
    return 1;
  }
}

// `lens analyze … --leaves | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
