/**
 * How large an .xlsx becomes once unzipped, read from the ZIP's central directory without
 * unzipping anything (PKWARE APPNOTE 4.3.12, 4.3.16). A small workbook can unpack to
 * gigabytes (a "ZIP bomb"); exceljs would unpack it all before any row limit could apply.
 */

const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/**
 * The sum of the uncompressed sizes the directory declares; Infinity for a ZIP64 entry (sizes
 * past 4 GB); null when no directory can be found (the file is damaged, and the unzipper will
 * say so).
 */
export function unzippedSize(bytes: Uint8Array): number | null {
  const stop = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  for (let at = bytes.length - EOCD_MIN; at >= stop; at--) {
    if (u32(bytes, at) !== EOCD) continue;
    const entries = u16(bytes, at + 10);
    let p = u32(bytes, at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) return null;
      const size = u32(bytes, p + 24);
      if (size === 0xffffffff) return Infinity;
      total += size;
      p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
    }
    return total;
  }
  return null;
}
