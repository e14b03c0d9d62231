import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import { compareMessages, tc } from '../../../src/ui/compare/messages';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const { zh, en } = compareMessages;

afterEach(() => locale.set('zh'));

describe("the compare view's strings", () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every string takes the same {parameters} in both languages', () => {
    const differ = (Object.keys(zh) as (keyof typeof zh)[]).filter(
      (k) => params(zh[k]).join() !== params(en[k]).join(),
    );
    expect(differ).toEqual([]);
  });

  it('no string is left empty', () => {
    const empty = [...Object.values(zh), ...Object.values(en)].filter((v) => !v.trim());
    expect(empty).toEqual([]);
  });

  it('tc(key, params) follows the interface language', () => {
    expect(tc('compare.count', { kind: tc('compare.kind.added'), n: 326 })).toBe('新增 326');
    locale.set('en');
    expect(tc('compare.count', { kind: tc('compare.kind.added'), n: 326 })).toBe('Added 326');
  });
});
