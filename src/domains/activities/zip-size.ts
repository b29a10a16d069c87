/**
 * What an .xlsx (a zip) says it holds once unpacked, from its central directory, read before any
 * of it is: a few hundred kilobytes can unpack to gigabytes (a "zip bomb"), and the reader keeps a
 * workbook's shared strings in memory. Undefined when the directory cannot be found.
 */
export function unpackedSize(zip: Buffer): number | undefined {
  // The end-of-central-directory record: its signature within the last 64 KiB (after a comment).
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = zip.readUInt16LE(at + 10);
    let entry = zip.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (entry + 46 > zip.length || zip.readUInt32LE(entry) !== 0x02014b50) return undefined;
      total += zip.readUInt32LE(entry + 24);
      entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    }
    return total;
  }
  return undefined;
}
