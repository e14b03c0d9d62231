import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLeaves } from '../../../src/core/classify/classifyLeaves';
import { classifyText } from '../../../src/core/classify/classifyText';
import { findClasses } from '../../../src/core/classify/findClasses';
import { defaultLexicon, type Lexicon } from '../../../src/core/classify/lexicon';
import { INCENTIVE_KEYS, TEXT_FLAGS } from '../../../src/core/classify/lexiconKeys';
import { findTerms, longestMatches } from '../../../src/core/classify/matchTerms';
import { scanText } from '../../../src/core/classify/scanText';
import { stableSort } from '../../../src/core/classify/stableSort';
import { makeScheme } from './fixtures';

// Every name and rule cell of a real scheme from the corpus (the 常熟 health-supervision table).
const corpusTexts = readFileSync(
  resolve(
    import.meta.dirname,
    '../../../../shared/corpus/changshu_2013_weishengjiandu_xieguan_kaoping.csv',
  ),
  'utf8',
)
  .split(/[\n,]/)
  .map((s) => s.trim())
  .filter((s) => s !== '');

const texts = [
  ...corpusTexts,
  '召开会议3次，建立工作台账，群众满意度达90%以上，每缺一项扣1分，扣完为止',
  '一票否决：发生重大安全事故的',
  '加分项：获得省级表彰的加2分',
  'App check-in rate and APP downloads; meeting attendance',
  '',
];

describe('scanText(text, lexicon)', () => {
  it('finds, list by list, exactly what separate searches of each list find', () => {
    expect(corpusTexts.length).toBeGreaterThan(50);
    for (const text of texts) {
      const r = scanText(text, defaultLexicon);
      const p = findTerms(text, defaultLexicon.kind.process);
      const o = findTerms(text, defaultLexicon.kind.outcome);
      expect(r.kind.matches).toEqual(longestMatches([...p, ...o]));
      expect(r.incentive).toEqual(findClasses(text, defaultLexicon.incentive, INCENTIVE_KEYS));
      expect(r.flags).toEqual(findClasses(text, defaultLexicon.flags, TEXT_FLAGS));
    }
  });

  it('gives a group listed under two incentive classes to the later one, as findClasses does', () => {
    const deduct = { note: 'deduct', weight: 1, terms: ['扣#分'] };
    const lexicon: Lexicon = {
      ...defaultLexicon,
      incentive: { ...defaultLexicon.incentive, deduction: [deduct], perOccurrence: [deduct] },
    };
    const r = scanText('迟报一次扣2分', lexicon);
    expect(r.incentive.deduction).toEqual([]);
    expect(r.incentive.perOccurrence.map((m) => m.text)).toEqual(['扣2分', '扣2分']);
  });

  it('sees a term added to the lexicon in place after an earlier search', () => {
    const lexicon = structuredClone(defaultLexicon);
    expect(classifyText('百日攻坚克难', undefined, [], lexicon).kind).toBe('unknown');
    lexicon.kind.process[0].terms.push('攻坚克难');
    expect(classifyText('百日攻坚克难', undefined, [], lexicon).kind).toBe('process');
  });
});

describe('classifyLeaves(scheme) with shared readings', () => {
  it('gives leaves that share a rule equal evidence, and one leaf’s own terms stay its own', () => {
    const scheme = makeScheme([
      { id: 'a', name: '一、安全生产' },
      { id: 'a1', name: '隐患排查', parent: 'a', rule: '每发现一处扣1分' },
      { id: 'a2', name: '应急演练', parent: 'a', rule: '每发现一处扣1分' },
      { id: 'a3', name: '召开安全例会', parent: 'a', rule: '每发现一处扣1分，扣完为止' },
    ]);
    const [a1, a2, a3] = classifyLeaves(scheme);
    expect(a1.incentiveEvidence).toEqual(a2.incentiveEvidence);
    expect(a1.incentiveEvidence.terms).toEqual(['扣1分']);
    expect(a1.flags.map((f) => f.type)).toContain('uncapped-deduction');
    expect(a3.flags.map((f) => f.type)).not.toContain('uncapped-deduction');
    expect(a3.flags.find((f) => f.type === 'meeting')?.evidence.terms).toEqual(['例会']);
    expect(a1.flags.find((f) => f.type === 'meeting')).toBeUndefined();
  });
});

describe('stableSort(items, compare)', () => {
  const byKey = (a: [number, string], b: [number, string]) => a[0] - b[0];
  it.each([
    { items: [], expected: [] },
    { items: [[2, 'a']], expected: [[2, 'a']] },
    {
      items: [
        [2, 'a'],
        [1, 'b'],
        [2, 'c'],
        [1, 'd'],
        [0, 'e'],
      ],
      expected: [
        [0, 'e'],
        [1, 'b'],
        [1, 'd'],
        [2, 'a'],
        [2, 'c'],
      ],
    },
  ] as { items: [number, string][]; expected: [number, string][] }[])(
    'sorts $items.length items and keeps equal ones in their order',
    ({ items, expected }) => {
      expect(stableSort([...items], byKey)).toEqual(expected);
    },
  );

  it('orders long arrays as the built-in stable sort does', () => {
    const items = Array.from({ length: 40 }, (_, i): [number, string] => [(i * 7) % 5, `x${i}`]);
    expect(stableSort([...items], byKey)).toEqual([...items].sort(byKey));
    const short = items.slice(0, 20);
    expect(stableSort([...short], byKey)).toEqual([...short].sort(byKey));
  });
});
