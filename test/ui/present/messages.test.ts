import { describe, expect, it } from 'vitest';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import { flagText, formatDate, presentMessages, tp } from '../../../src/ui/present/messages';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const { zh, en } = presentMessages;

describe('the presentation strings', () => {
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
    expect([...Object.values(zh), ...Object.values(en)].filter((v) => !v.trim())).toEqual([]);
  });

  it('tp(key, params) follows the interface language', () => {
    expect(tp('present.counter', { i: 3, n: 6 })).toBe('3 / 6');
    expect(tp('flags.rest', { n: 62 })).toBe('另有 62 项');
    locale.set('en');
    expect(tp('flags.rest', { n: 62 })).toBe('62 more');
    locale.set('zh');
  });
});

describe('flagText(flag)', () => {
  it.each([
    { flag: 'meeting', expected: '会议' },
    { flag: 'micro-item', expected: '微小分值' },
    { flag: '自定义', expected: '自定义' },
  ])('$flag → $expected', ({ flag, expected }) => {
    expect(flagText(flag)).toBe(expected);
  });
});

describe('formatDate(iso, lang)', () => {
  it.each([
    { iso: '2026-11-29', lang: 'zh' as const, expected: '2026年11月29日' },
    { iso: '2026-01-01', lang: 'en' as const, expected: 'January 1, 2026' },
    { iso: 'not a date', lang: 'zh' as const, expected: 'not a date' },
  ])('$iso in $lang → $expected', ({ iso, lang, expected }) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});
