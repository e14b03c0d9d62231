import { describe, expect, it } from 'vitest';
import { defaultLexicon, type TermGroup } from '../../../src/core/classify/lexicon';
import { asTerm, findTerms } from '../../../src/core/classify/matchTerms';

function allGroups(): [string, TermGroup[]][] {
  const l = defaultLexicon;
  return [
    ['kind.process', l.kind.process],
    ['kind.outcome', l.kind.outcome],
    ...Object.entries(l.incentive).map(([k, g]): [string, TermGroup[]] => [`incentive.${k}`, g]),
    ...Object.entries(l.flags).map(([k, g]): [string, TermGroup[]] => [`flags.${k}`, g]),
  ];
}

describe('defaultLexicon', () => {
  it('is plain data: it survives structuredClone and JSON, so it can cross to the worker', () => {
    expect(structuredClone(defaultLexicon)).toEqual(defaultLexicon);
    expect(JSON.parse(JSON.stringify(defaultLexicon))).toEqual(defaultLexicon);
  });

  it.each(allGroups())('%s: every term compiles and has a positive weight', (_, groups) => {
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.note).toBeTruthy();
      for (const raw of g.terms) {
        const t = asTerm(raw);
        expect(t.term.length).toBeGreaterThan(0);
        expect(t.weight ?? g.weight).toBeGreaterThan(0);
        expect(() => findTerms('测试 test', [{ note: 'x', weight: 1, terms: [t] }])).not.toThrow();
      }
    }
  });

  it('has no term listed twice in the same class', () => {
    for (const [name, groups] of allGroups()) {
      const terms = groups.flatMap((g) => g.terms.map((t) => asTerm(t).term.toLowerCase()));
      const dupes = terms.filter((t, i) => terms.indexOf(t) !== i);
      expect(dupes, name).toEqual([]);
    }
  });

  it('does not list a term as both process and outcome', () => {
    const words = (gs: TermGroup[]) =>
      new Set(gs.flatMap((g) => g.terms.map((t) => asTerm(t).term)));
    const outcome = words(defaultLexicon.kind.outcome);
    expect([...words(defaultLexicon.kind.process)].filter((t) => outcome.has(t))).toEqual([]);
  });

  it('speaks Chinese first and English too', () => {
    for (const groups of [defaultLexicon.kind.process, defaultLexicon.kind.outcome]) {
      const terms = groups.flatMap((g) => g.terms.map((t) => asTerm(t).term));
      expect(terms.some((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
      expect(terms.some((t) => /^[a-z -]+$/i.test(t))).toBe(true);
    }
  });
});
