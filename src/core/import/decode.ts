/**
 * Bytes → text. DESIGN.md input formats: UTF-8 with or without BOM, GB18030/GBK (what Excel
 * on a Chinese Windows saves); TOOLCHAIN.md: try `TextDecoder('utf-8', {fatal:true})`, fall
 * back to `TextDecoder('gb18030')`. UTF-16 with a BOM (Excel's "Unicode text") is read too.
 */
import type { ImportIssue, TextEncoding } from '../types';
import { issue, messages } from './messages';

/** Decoded text, or the error that says why the bytes are not a text table. */
export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; warnings: ImportIssue[] }
  | { ok: false; issue: ImportIssue };

// File signatures of the binaries people most often pick by mistake.
const SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'Excel .xlsx / ZIP' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'Excel .xls / Word .doc' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7z' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** Replacement and control characters (other than tab and line ends) among the first `n`. */
function badChars(text: string, n: number): number {
  let bad = 0;
  const end = Math.min(text.length, n);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) bad++;
  }
  return bad;
}

/** Number of U+FFFD replacement characters. */
function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Number of non-ASCII characters other than U+FFFD. */
function wholeMultibyte(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) n++;
  }
  return n;
}

const notText = (kind: string | null): Decoded => ({
  ok: false,
  issue: issue('error', 'not-text', 0, null, messages.notText(kind)),
});

/** Reads the bytes as text, detecting the encoding; never throws. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return { ok: false, issue: issue('error', 'empty', 0, null, messages.empty()) };
  }
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes)) return notText(sig.kind);

  let text: string;
  let encoding: TextEncoding;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    // NUL never occurs in UTF-8 or GB18030 text: a binary file (or UTF-16 without its BOM).
    if (bytes.indexOf(0) !== -1) return notText(null);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // A UTF-8 file with a stray broken byte stays UTF-8 (with a warning below); read as
      // GB18030 it would turn every Chinese character into another one.
      // GBK read as UTF-8 breaks most characters; real UTF-8 with a damaged byte keeps
      // almost all of its multi-byte characters whole.
      const lenient = new TextDecoder('utf-8').decode(bytes);
      const broken = countReplaced(lenient);
      if (wholeMultibyte(lenient) >= 20 * broken) {
        text = lenient;
        encoding = 'utf-8';
      } else {
        text = new TextDecoder('gb18030').decode(bytes);
        encoding = 'gb18030';
      }
    }
  }
  // A few broken characters in a real table still open (with a warning); a file where more
  // than 1 in 100 characters is broken or a control character is not text. Binary shows
  // itself at once, so the first megabyte decides.
  const looked = Math.min(text.length, 1 << 20);
  const bad = badChars(text, looked);
  if (bad > 0 && bad / looked > 0.01) return notText(null);
  if (text.trim() === '') {
    return { ok: false, issue: issue('error', 'empty', 0, null, messages.empty()) };
  }
  const replaced = countReplaced(text);
  const warnings =
    replaced > 0 ? [issue('warning', 'bad-chars', 0, null, messages.replacedChars(replaced))] : [];
  return { ok: true, text, encoding, warnings };
}
