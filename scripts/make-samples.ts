/**
 * Writes the sample schemes in data/ from the hand-written sources in scripts/samples/,
 * after checking the counts, the points and the overlaps they promise (data/README.md).
 * Run: npx tsx scripts/make-samples.ts    (add --check to check without writing)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSamples } from './samples/buildSamples';

const data = resolve(import.meta.dirname, '../data');
const { files, problems, summary } = buildSamples();
console.log(summary.join('\n'));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (!process.argv.includes('--check')) {
  // UTF-8 without BOM: Node writes strings as UTF-8 and adds no BOM.
  for (const [name, text] of Object.entries(files)) writeFileSync(resolve(data, name), text);
  console.log(`wrote ${Object.keys(files).join(', ')} to ${data}`);
}
