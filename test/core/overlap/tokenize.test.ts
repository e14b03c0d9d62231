import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/overlap/tokenize';

describe('tokenize(normalized)', () => {
  it.each([
    ['安全生产', ['安全', '全生', '生产']],
    // no bigram across a removed piece
    ['河长制 工作', ['河长', '长制', '工作']],
    // a repeated bigram counts once
    ['安全安全', ['安全', '全安']],
    // Latin words, lower-cased by normalizeText, function words dropped
    ['hold safety meetings a year', ['hold', 'safety', 'meetings', 'year']],
    // mixed scripts split at the script boundary
    ['app巡河', ['app', '巡河']],
    // single Han characters give nothing when the text has other tokens …
    ['第 名 排名', ['排名']],
    // … and their unigrams when it has none
    ['河', ['河']],
    ['河 湖', ['河', '湖']],
    // characters beyond the BMP stay whole (CJK Extension B)
    ['𠀀𠀁', ['𠀀𠀁']],
    ['', []],
  ])('%s → %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});
