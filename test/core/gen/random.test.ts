import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/gen/random';

describe('createRandom(seed)', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in [0, 1), and int(min, max) reaches both ends and nothing outside', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
      seen.add(random.int(1, 6));
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffle(list) keeps every element and does not invent any', () => {
    const list = ['党建', '经济', '民生', '平安', '生态'];
    expect(
      createRandom(3)
        .shuffle([...list])
        .sort(),
    ).toEqual([...list].sort());
  });
});
