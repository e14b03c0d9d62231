import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/ui/simulate/messages';

describe('the simulate view strings', () => {
  const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('have the same keys and {parameters} in Chinese and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
    const keys = Object.keys(messages.zh) as (keyof typeof messages.zh)[];
    expect(
      keys.filter((k) => params(messages.zh[k]).join() !== params(messages.en[k]).join()),
    ).toEqual([]);
    expect(keys.filter((k) => !messages.zh[k].trim() || !messages.en[k].trim())).toEqual([]);
  });
});
