import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { format } from '../../src/ui/i18n/locale.svelte';
import { zh } from '../../src/ui/i18n/zh';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface dictionaries', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every string takes the same {parameters} in both languages', () => {
    const differ = Object.keys(zh).filter(
      (k) => params(zh[k as keyof typeof zh]).join() !== params(en[k as keyof typeof en]).join(),
    );
    expect(differ).toEqual([]);
  });

  it('no string is left empty', () => {
    const empty = [...Object.entries(zh), ...Object.entries(en)].filter(([, v]) => !v.trim());
    expect(empty).toEqual([]);
  });

  it('the Chinese dictionary is Chinese where it names the scheme levels', () => {
    expect([zh['level3.1'], zh['level3.2'], zh['level3.3']]).toEqual(['大项', '小项', '细项']);
  });
});

describe('format(template, params)', () => {
  it.each<{ template: string; params?: Record<string, number>; expected: string }>([
    { template: '{n} 项', params: { n: 371 }, expected: '371 项' },
    { template: '第 {row} 行 · {row}', params: { row: 3 }, expected: '第 3 行 · 3' },
    { template: '{missing} stays', params: {}, expected: '{missing} stays' },
    { template: 'no params', params: undefined, expected: 'no params' },
  ])('$template → $expected', ({ template, params, expected }) => {
    expect(format(template, params)).toBe(expected);
  });
});
