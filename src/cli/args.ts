/** A parsed command line: positional arguments and --options (repeatable ones as arrays). */
export interface Args {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Parses `cmd A B --flag --opt value --opt=value`. Names listed in `valued` take a value;
 * every other `--name` is a boolean flag.
 */
export function parseArgs(argv: string[], valued: readonly string[]): Args {
  const args: Args = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      args.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!valued.includes(name)) {
      args.flags.add(name);
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    args.options.set(name, [...(args.options.get(name) ?? []), value]);
  }
  return args;
}

/** A mistake in how the command was called: printed as is, exit status 2. */
export class UsageError extends Error {}

/** The last value of an option, parsed as a number in [min, max]. */
export function numberOption(
  args: Args,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = args.options.get(name)?.at(-1);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${raw}"`);
  }
  return n;
}
