import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/core/workspace/base64';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('bytesToBase64 / base64ToBytes', () => {
  // RFC 4648 §10 test vectors.
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('%j ↔ %j', (text, b64) => {
    const raw = new TextEncoder().encode(text);
    expect(bytesToBase64(raw)).toBe(b64);
    expect(base64ToBytes(b64)).toEqual(raw);
  });

  it('agrees with Node’s Buffer on every byte value, GB18030 and BOM bytes included', () => {
    const all = new Uint8Array(1000).map((_, i) => (i * 37 + 11) & 255);
    for (const b of [all, all.subarray(1), all.subarray(2), bytes(0xef, 0xbb, 0xbf, 0xc4, 0xe3)]) {
      const b64 = bytesToBase64(b);
      expect(b64).toBe(Buffer.from(b).toString('base64'));
      expect(base64ToBytes(b64)).toEqual(new Uint8Array(b));
    }
  });

  it.each(['Zg=', 'Zm9v!', 'Z=9v', 'Zm9v\n', 'Zg==Zg==', '中文字符'])(
    'refuses %j: not padded base64',
    (text) => {
      expect(base64ToBytes(text)).toBeNull();
    },
  );
});
