import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type FileRow, xlsxBookRows } from '../../src/domains/activities/activity-file';
import { centralDirectory, firstSheetParts, type Part, storedPackage } from '../../src/domains/activities/workbook-package';

/** A workbook as exceljs writes it: the sheets before the shared strings, workbook.xml stored last. */
async function workbook(sheets: unknown[][][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  sheets.forEach((rows, i) => {
    const sheet = book.addWorksheet(`Feuille ${i + 1}`);
    for (const row of rows) sheet.addRow(row);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const activities = [
  ['kind', 'title', 'targetStates'],
  ['TRAINING', 'Curso sobre control de transferencias', 'PER'],
  ['TRAINING', 'Atelier sur le traité', 'SEN'],
];

async function read(zip: Buffer): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for await (const row of xlsxBookRows(zip)) rows.push(row);
  return rows;
}

async function problem(zip: Buffer): Promise<string> {
  return read(zip).then(
    () => 'read',
    (error: Error) => error.message,
  );
}

const titles = (rows: FileRow[]) => rows.map((r) => [r.line, r.cells.title]);
const expected = [
  [2, 'Curso sobre control de transferencias'],
  [3, 'Atelier sur le traité'],
];

/** A whole zip of the parts, stored, in their order. */
function zipOf(parts: Part[]): Buffer {
  const { entries, directory } = storedPackage(parts);
  return Buffer.concat([...entries, directory]);
}

/** The first sheet's parts, stored again in another order (as another spreadsheet would). */
async function reordered(zip: Buffer, order: string[]): Promise<Buffer> {
  const parts = await firstSheetParts(zip, centralDirectory(zip)!);
  const byName = new Map(parts.map((p) => [p.name, p]));
  return zipOf(order.map((name) => byName.get(name)!));
}

/** Where the central directory's entry of a part begins: its name's last occurrence, less the 46 bytes before it. */
function directoryEntryOf(zip: Buffer, name: string): number {
  const entry = zip.lastIndexOf(Buffer.from(name)) - 46;
  expect(zip.readUInt32LE(entry)).toBe(0x02014b50);
  return entry;
}

describe('an .xlsx package', () => {
  it('is read from its directory: the first sheet, whatever the order of its parts, and no part written to disk', async () => {
    const zip = await workbook([activities, [['not', 'imported']]]);
    const own = (name: string) => name.startsWith(`tmp-${process.pid}-`);
    const before = readdirSync(tmpdir()).filter(own).length;
    for (let i = 0; i < 20; i++) expect(titles(await read(zip))).toEqual(expected);
    // exceljs's reader copied a sheet that came before the shared strings to a temporary file.
    expect(readdirSync(tmpdir()).filter(own).length).toBe(before);

    const parts = (await firstSheetParts(zip, centralDirectory(zip)!)).map((p) => p.name);
    expect(parts).toEqual(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    // Excel's order: the workbook first, the shared strings after the sheet.
    const excelOrder = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
    expect(titles(await read(await reordered(zip, excelOrder)))).toEqual(expected);
  });

  it('takes the first sheet the contributor sees: the tabs in their order, hidden ones skipped', async () => {
    const book = new ExcelJS.Workbook();
    const notes = book.addWorksheet('Notes');
    notes.addRow(['Lisez-moi', 'avant import']);
    const sheet = book.addWorksheet('Activités');
    for (const row of activities) sheet.addRow(row);
    const lookup = book.addWorksheet('Listes');
    lookup.addRow(['TRAINING', 'WORKSHOP']);
    // Tabs moved: the hidden lists first, then the activities, the notes last (their parts keep their numbers).
    for (const [tab, order] of [[lookup, 1], [sheet, 2], [notes, 3]] as const) (tab as ExcelJS.Worksheet & { orderNo: number }).orderNo = order;
    lookup.state = 'hidden';
    const zip = Buffer.from(await book.xlsx.writeBuffer());
    expect(titles(await read(zip))).toEqual(expected);
    const parts = await firstSheetParts(zip, centralDirectory(zip)!);
    expect(parts.at(-1)!.name).toBe('xl/worksheets/sheet2.xml');
  });

  it('is read without shared strings (texts written in the cells)', async () => {
    const written = await workbook([activities]);
    const parts = await firstSheetParts(written, centralDirectory(written)!);
    const cells = (row: unknown[], r: number) =>
      row.map((text, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${String(text)}</t></is></c>`).join('');
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${activities
      .map((row, i) => `<row r="${i + 1}">${cells(row, i + 1)}</row>`)
      .join('')}</sheetData></worksheet>`;
    const inline = parts.filter((p) => p.name !== 'xl/sharedStrings.xml').map((p) => (p.name.startsWith('xl/worksheets/') ? { ...p, data: Buffer.from(sheet) } : p));
    const zip = zipOf(inline);
    expect(centralDirectory(zip)!.map((e) => e.name)).not.toContain('xl/sharedStrings.xml');
    expect(titles(await read(zip))).toEqual(expected);
  });

  it('hands the sheet over even when the reader is slow on a part before it (the invariant in xlsxBookRows)', async () => {
    // The reader's zip parser says "end" once its input is read; had the input ended before the
    // reader took the sheet, a slow part before it would lose the sheet ("the first sheet is empty").
    const reader = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as { _parseStyles: (entry: unknown) => Promise<void> };
    const original = reader._parseStyles;
    reader._parseStyles = async function (this: unknown, entry: unknown) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return original.call(this, entry);
    };
    try {
      expect(titles(await read(await workbook([activities])))).toEqual(expected);
    } finally {
      reader._parseStyles = original;
    }
  });

  it('whose directory understates a part, or whose part is damaged, is refused with a clear error', async () => {
    const zip = await workbook([activities]);
    const understated = Buffer.from(zip);
    understated.writeUInt32LE(10, directoryEntryOf(understated, 'xl/worksheets/sheet1.xml') + 24);
    expect(await problem(understated)).toBe('The file cannot be read as XLSX: the part xl/worksheets/sheet1.xml unpacks to more than the directory says.');

    const damaged = Buffer.from(zip);
    // A byte of the sheet's compressed data, past its local header's name.
    const at = damaged.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length + 10;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    expect(await problem(damaged)).toMatch(/^The file cannot be read as XLSX: the part xl\/worksheets\/sheet1\.xml is damaged/);

    const noSheet = await reordered(zip, ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml']);
    expect(await problem(noSheet)).toBe('The file cannot be read as XLSX: it holds no workbook with a sheet.');
  });

  it('whose workbook or relationships are not what they say ends in a clear error, never a wait', async () => {
    const zip = await workbook([activities]);
    const parts = await firstSheetParts(zip, centralDirectory(zip)!);
    const replaced = (name: string, text: string) => zipOf(parts.map((p): Part => (p.name === name ? { name, data: Buffer.from(text) } : p)));
    // An empty relationships part made exceljs set the sheet aside and wait for an end that the
    // reader is not given before the sheet.
    for (const text of ['', '<!-- <Relationships> -->', 'garbage']) {
      expect(await problem(replaced('xl/_rels/workbook.xml.rels', text))).toBe('The file cannot be read as XLSX: its xl/_rels/workbook.xml.rels is not a list of relationships.');
    }
    expect(await problem(replaced('xl/workbook.xml', '<x:workbook xmlns:x="urn:x"/>'))).toBe(
      'The file cannot be read as XLSX: its xl/workbook.xml does not begin with a <workbook> element (save the file again from a spreadsheet).',
    );
    expect(await problem(replaced('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?>\n<Relationships/>'))).toBe('read');
  }, 10_000);
});
