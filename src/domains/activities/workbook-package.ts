import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';

/**
 * An .xlsx is a zip "package" of XML parts. The hub reads the parts a first sheet needs through the
 * zip's central directory (at its end) and hands exceljs's streaming reader a new package of only
 * those parts, stored (not compressed), in the order that reader needs them. Why:
 * - exceljs reads a package front to back. A sheet that comes before the shared strings (Excel puts
 *   them after the sheets) or a workbook.xml stored last (exceljs's own writer does) were copied to
 *   a temporary file, left in the system's temporary folder until the process ended: a partner's
 *   rows on disk outside the data folder.
 * - Its front-to-back reader could also drop the package's last entries when its zip parser ended
 *   before it had read them ("Cannot read properties of undefined (reading 'sheets')"), now and then.
 * - A directory may understate what a part unpacks to (a "zip bomb" that lies); each part is
 *   unpacked here with its stated size as the limit, and its checksum checked.
 */

const inflate = promisify(inflateRaw);

/** Why the package cannot be read, said to the contributor as it is. */
export class PackageProblem extends Error {}

/** A part as the central directory lists it. */
interface DirectoryEntry {
  name: string;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  headerAt: number;
}

/** The central directory's entries; undefined when the file is no zip (no directory at its end). */
export function centralDirectory(zip: Buffer): DirectoryEntry[] | undefined {
  // The end-of-central-directory record: its signature within the last 64 KiB (after a comment).
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue;
    const count = zip.readUInt16LE(at + 10);
    let entry = zip.readUInt32LE(at + 16);
    const entries: DirectoryEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (entry + 46 > zip.length || zip.readUInt32LE(entry) !== 0x02014b50) return undefined;
      const nameLength = zip.readUInt16LE(entry + 28);
      if (entry + 46 + nameLength > zip.length) return undefined;
      entries.push({
        name: zip.toString('utf8', entry + 46, entry + 46 + nameLength),
        method: zip.readUInt16LE(entry + 10),
        crc: zip.readUInt32LE(entry + 16),
        packedSize: zip.readUInt32LE(entry + 20),
        size: zip.readUInt32LE(entry + 24),
        headerAt: zip.readUInt32LE(entry + 42),
      });
      entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    }
    return entries;
  }
  return undefined;
}

/**
 * What the package says it holds once unpacked, read before any of it is: a few hundred kilobytes
 * can unpack to gigabytes, and the reader keeps a workbook's shared strings in memory.
 */
export function unpackedSize(entries: DirectoryEntry[]): number {
  return entries.reduce((total, e) => total + e.size, 0);
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** A root element first, after at most a byte-order mark and the XML declaration. */
const rootIs = (name: string) => new RegExp(`^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?<${name}[\\s>/]`);
const RELATIONSHIPS = rootIs('Relationships');
const WORKBOOK = rootIs('workbook');

/** One part, unpacked: at most the size the directory states, and its checksum checked. */
async function unpack(zip: Buffer, entry: DirectoryEntry): Promise<Buffer> {
  const at = entry.headerAt;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new PackageProblem(`the part ${entry.name} is not where the directory says`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.packedSize > zip.length) throw new PackageProblem(`the part ${entry.name} is cut short`);
  const packed = zip.subarray(start, start + entry.packedSize);
  let data: Buffer;
  if (entry.method === 0) data = packed;
  else if (entry.method === 8) {
    try {
      // maxOutputLength must be at least 1: a part stated empty that unpacks to a byte fails the size check below.
      data = await inflate(packed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw new PackageProblem(tooLarge ? `the part ${entry.name} unpacks to more than the directory says` : `the part ${entry.name} is damaged`);
    }
  } else throw new PackageProblem(`the part ${entry.name} is compressed in a way the hub does not read (method ${entry.method})`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw new PackageProblem(`the part ${entry.name} is damaged (its size or checksum does not match)`);
  }
  return data;
}

/**
 * The part of the first sheet the contributor sees: the workbook lists its sheets in tab order,
 * each by a relationship naming its part; a hidden sheet is skipped. Undefined when the workbook
 * does not say (the caller then takes the lowest-numbered part, as spreadsheets number them in
 * tab order).
 */
function firstSheet(workbook: string, relationships: string): string | undefined {
  const sheets = workbook.slice(workbook.indexOf('<sheets')).match(/<sheet\s[^>]*>/g) ?? [];
  const visible = sheets.find((sheet) => !/\sstate="(hidden|veryHidden)"/.test(sheet));
  const id = visible && /\s[\w.-]+:id="([^"]*)"/.exec(visible)?.[1];
  if (!id) return undefined;
  const relationship = (relationships.match(/<Relationship\s[^>]*>/g) ?? []).find((r) => /\sId="([^"]*)"/.exec(r)?.[1] === id);
  const target = relationship && /\sTarget="([^"]*)"/.exec(relationship)?.[1];
  if (!target) return undefined;
  // A target is relative to the workbook's folder (xl/), or absolute in the package.
  const name = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return SHEET.test(name) ? name : undefined;
}

function lowestNumbered(entries: DirectoryEntry[]): DirectoryEntry | undefined {
  const number = (e: DirectoryEntry) => Number(SHEET.exec(e.name)![1]);
  return entries.filter((e) => SHEET.test(e.name)).sort((a, b) => number(a) - number(b))[0];
}

/** A part of the package exceljs is given. */
export interface Part {
  name: string;
  data: Buffer;
}

/**
 * The parts the first sheet needs, unpacked, in the order exceljs's reader needs them: the
 * workbook's relationships, the workbook, the shared strings (an empty list when the workbook has
 * none, so the sheet is read as it arrives), the styles (days are numbers with a day format), then
 * the first sheet the contributor sees (firstSheet).
 */
export async function firstSheetParts(zip: Buffer, entries: DirectoryEntry[]): Promise<Part[]> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const workbook = byName.get('xl/workbook.xml');
  if (!rels || !workbook) throw new PackageProblem('it holds no workbook with a sheet');
  const sharedStrings = byName.get('xl/sharedStrings.xml');
  const styles = byName.get('xl/styles.xml');
  const relationships = await unpack(zip, rels);
  // exceljs sets a sheet aside (to a temporary file, read at the end of the package) unless the
  // relationships had a root element; stricter here, so the sheet is always read as it arrives.
  if (!RELATIONSHIPS.test(relationships.toString('utf8', 0, 512))) throw new PackageProblem(`its ${rels.name} is not a list of relationships`);
  const book = await unpack(zip, workbook);
  // Without a workbook root, exceljs knows no sheet names and fails with a TypeError.
  if (!WORKBOOK.test(book.toString('utf8', 0, 512))) {
    throw new PackageProblem(`its ${workbook.name} does not begin with a <workbook> element (save the file again from a spreadsheet)`);
  }
  const sheet = byName.get(firstSheet(book.toString('utf8'), relationships.toString('utf8')) ?? '') ?? lowestNumbered(entries);
  if (!sheet) throw new PackageProblem('it holds no workbook with a sheet');
  const parts: Part[] = [
    { name: rels.name, data: relationships },
    { name: workbook.name, data: book },
    {
      name: 'xl/sharedStrings.xml',
      data: sharedStrings ? await unpack(zip, sharedStrings) : Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    },
  ];
  if (styles) parts.push({ name: styles.name, data: await unpack(zip, styles) });
  parts.push({ name: sheet.name, data: await unpack(zip, sheet) });
  return parts;
}

/**
 * A zip of the parts, stored, in their order: the local entries (in pieces, the parts' data not
 * copied again), and apart from them the central directory and its end record, so the caller can
 * send the directory last, when it chooses.
 */
export function storedPackage(parts: Part[]): { entries: Buffer[]; directory: Buffer } {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0x21, 12); // 1 January 1980, zip's first day
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return { entries: locals, directory: Buffer.concat([directory, end]) };
}
