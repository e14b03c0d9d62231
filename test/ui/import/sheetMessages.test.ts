import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import {
  sheetMessages,
  sheetText,
  type SheetMessageKey,
} from '../../../src/ui/import/sheetMessages';

const keys = Object.keys(sheetMessages) as SheetMessageKey[];
const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => locale.set('zh'));

describe('the sheet picker messages', () => {
  it.each(keys)('%s has a Chinese and an English string, neither empty', (key) => {
    const { zh, en: english } = sheetMessages[key];
    expect(zh.trim()).not.toBe('');
    expect(english.trim()).not.toBe('');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(params(zh)).toEqual(params(english));
  });

  it('no key shadows a key of the shared dictionaries', () => {
    expect(keys.filter((k) => k in en)).toEqual([]);
  });

  it('sheetText(key) follows the interface language', () => {
    expect(sheetText('sheet.skipHidden')).toBe('跳过隐藏行');
    locale.set('en');
    expect(sheetText('sheet.skipHidden')).toBe('Skip hidden rows');
  });
});
