/**
 * Which kind of spreadsheet file some bytes are, from their signature (issue 6): an .xlsx is
 * a ZIP archive (PK\x03\x04) holding [Content_Types].xml and xl/workbook.xml; an old .xls is
 * an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) — as is an .xlsx saved with a password.
 */

/** 'xlsx', 'xlsb', 'xls', 'zip' (an archive that is not a workbook: .docx, .zip …) or null. */
export type SpreadsheetKind = 'xlsx' | 'xlsb' | 'xls' | 'zip' | null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Part names stored in a ZIP's local headers (at the start) and central directory (at the end).
const WORKBOOK_PARTS: [string, SpreadsheetKind][] = [
  ['xl/workbook.xml', 'xlsx'],
  ['xl/workbook.bin', 'xlsb'],
];
const WINDOW = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether the ASCII text occurs in bytes[from, to). */
function hasAscii(bytes: Uint8Array, text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(0);
  const end = Math.min(to, bytes.length) - text.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** The spreadsheet kind of a file, looking only at its first and last 64 KB. */
export function spreadsheetKind(bytes: Uint8Array): SpreadsheetKind {
  if (startsWith(bytes, OLE2)) return 'xls';
  if (!startsWith(bytes, ZIP)) return null;
  const tail = Math.max(0, bytes.length - WINDOW);
  for (const [part, kind] of WORKBOOK_PARTS) {
    if (hasAscii(bytes, part, 0, WINDOW) || hasAscii(bytes, part, tail, bytes.length)) {
      return kind;
    }
  }
  return 'zip';
}
