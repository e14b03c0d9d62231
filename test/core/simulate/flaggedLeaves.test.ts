import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLeaves } from '../../../src/core/classify/classifyLeaves';
import { ALL_FLAGS } from '../../../src/core/classify/flagGroups';
import { importScheme } from '../../../src/core/import/importScheme';
import { flaggedLeaves } from '../../../src/core/simulate/flaggedLeaves';
import type { FlagType, Scheme } from '../../../src/core/types';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');
const DATA = resolve(import.meta.dirname, '../../../data');

function read(path: string): Scheme {
  const r = importScheme(readFileSync(path), path);
  if (!r.scheme) throw new Error(`${path}: ${r.issues[0]?.code}`);
  return r.scheme;
}

/** Every real scheme of the corpus, and the project's own 2020 sample. */
const SCHEMES: [string, Scheme][] = [
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.csv') && f !== 'labels.csv')
    .map((f): [string, Scheme] => [f, read(resolve(CORPUS, f))]),
  ['scheme-2020.csv', read(resolve(DATA, 'scheme-2020.csv'))],
];

const byClassification = (scheme: Scheme, flag: FlagType) =>
  classifyLeaves(scheme)
    .filter((l) => l.flags.some((f) => f.type === flag))
    .map((l) => l.id);

describe('flaggedLeaves(scheme, flag) finds the leaves classifyLeaves flags', () => {
  it.each(SCHEMES)('%s: the same leaves, in file order, for every flag', (_, scheme) => {
    const leaves = classifyLeaves(scheme);
    for (const flag of ALL_FLAGS) {
      const expected = leaves.filter((l) => l.flags.some((f) => f.type === flag)).map((l) => l.id);
      expect(flaggedLeaves(scheme, flag), flag).toEqual(expected);
    }
  });

  it('has something to find: the real schemes carry criteria and structural flags', () => {
    const found = (flag: FlagType) =>
      SCHEMES.reduce((sum, [, s]) => sum + flaggedLeaves(s, flag).length, 0);
    expect(found('meeting')).toBeGreaterThan(0);
    expect(found('documents')).toBeGreaterThan(0);
    expect(found('wide-branch') + found('uncapped-deduction')).toBeGreaterThan(0);
  });

  it('reads a repeated rule once but still per leaf: a flag in the name alone counts', () => {
    const csv = [
      '编号,上级编号,指标名称,评分标准',
      'A,,党建,',
      'A1,A,按时召开支部会议,未完成扣1分',
      'A2,A,落实整改,未完成扣1分',
      'A3,A,组织学习,未参加会议扣1分',
    ].join('\r\n');
    const s = importScheme(new TextEncoder().encode(csv), 'x.csv').scheme!;
    expect(flaggedLeaves(s, 'meeting')).toEqual(byClassification(s, 'meeting'));
    expect(flaggedLeaves(s, 'meeting')).toEqual(['A1', 'A3']);
  });
});
