import { describe, expect, it } from 'vitest';
import { keepDistinct } from '../../../src/core/gen/keepDistinct';

describe('keepDistinct(names, limit)', () => {
  it('drops a near-twin of an earlier name and keeps the rest in order', () => {
    // 家庭医生签约率 / 家庭医生签约达标率 share 5 of 9 bigrams: 0.56.
    const names = ['家庭医生签约率', '森林防火巡护', '家庭医生签约达标率', '控辍保学'];
    expect(keepDistinct(names, 0.45)).toEqual(['家庭医生签约率', '森林防火巡护', '控辍保学']);
    expect(keepDistinct(names, 0.6)).toEqual(names);
  });

  it('does not modify the list it was given', () => {
    const names = ['三会一课', '三会一课'];
    expect(keepDistinct(names, 0.45)).toEqual(['三会一课']);
    expect(names).toEqual(['三会一课', '三会一课']);
  });
});
