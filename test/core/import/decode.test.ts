import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../../../src/core/import/decode';
import { gb18030, utf8 } from './helpers';

const TABLE = '一级指标,二级指标,分值\r\n安全生产,隐患排查,5\r\n';

describe('decode(bytes)', () => {
  it.each([
    ['UTF-8 without BOM', utf8(TABLE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TABLE)]), 'utf-8'],
    ['GB18030 as Excel on a Chinese Windows saves it', gb18030(TABLE), 'gb18030'],
    ['GBK (a subset of GB18030)', new Uint8Array(iconv.encode(TABLE, 'gbk')), 'gb18030'],
    [
      'UTF-16LE with BOM (Excel "Unicode text")',
      new Uint8Array(iconv.encode('\ufeff' + TABLE, 'utf-16le')),
      'utf-16le',
    ],
    ['UTF-16BE with BOM', new Uint8Array(iconv.encode('\ufeff' + TABLE, 'utf-16be')), 'utf-16be'],
  ])('reads %s as the same text', (_, bytes, encoding) => {
    const d = decode(bytes);
    expect(d.ok && d.encoding).toBe(encoding);
    expect(d.ok && d.text).toBe(TABLE);
  });

  it('hand-written GB18030 bytes of 分值 decode to 分值', () => {
    // 分 = B7 D6, 值 = D6 B5 in GB2312/GBK/GB18030.
    const d = decode(new Uint8Array([0xb7, 0xd6, 0xd6, 0xb5, 0x2c, 0x35]));
    expect(d.ok && d.text).toBe('分值,5');
  });

  it.each([
    ['an Excel .xlsx (ZIP)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'xlsx'],
    ['an Excel .xls (OLE)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'xls'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
    ['a PDF', [...utf8('%PDF-1.7\n')], 'PDF'],
  ])('says %s is not text, naming what it looks like', (_, bytes, kind) => {
    const d = decode(new Uint8Array(bytes));
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.issue).toMatchObject({ severity: 'error', code: 'not-text', row: 0, column: null });
    expect(d.issue.message.en).toContain(kind);
    expect(d.issue.message.zh).toContain('另存为');
  });

  it('keeps a UTF-8 file with one broken byte as UTF-8, and warns', () => {
    const text = TABLE.repeat(20);
    const bytes = utf8(text);
    // After the first comma: between two characters.
    const at = bytes.indexOf(0x2c) + 1;
    const broken = new Uint8Array([...bytes.slice(0, at), 0xff, ...bytes.slice(at)]);
    const d = decode(broken);
    expect(d.ok && d.encoding).toBe('utf-8');
    expect(d.ok && d.text.replace('\ufffd', '')).toBe(text);
    expect(d.ok && d.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'bad-chars', row: 0 }),
    ]);
    expect(d.ok && d.warnings[0].message.en).toContain('1 characters');
  });

  it('says bytes with NUL in them are not text', () => {
    const d = decode(new Uint8Array([...utf8('a,b\n'), 0, ...utf8('c,d\n')]));
    expect(!d.ok && d.issue.code).toBe('not-text');
  });

  it('says control-character noise that is neither UTF-8 nor GB18030 is not text', () => {
    const noise = new Uint8Array(400).map((_, i) => [0x01, 0x02, 0x80, 0xff, 0x1b][i % 5]);
    const d = decode(noise);
    expect(!d.ok && d.issue.code).toBe('not-text');
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['only blanks and line ends', utf8('  \r\n\t\r\n')],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('says a file with %s is empty', (_, bytes) => {
    const d = decode(bytes);
    expect(!d.ok && d.issue.code).toBe('empty');
  });
});
