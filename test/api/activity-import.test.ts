import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

// Files as partners keep them: spreadsheets saved as CSV in French settings, .xlsx workbooks.
const ImportFile = graphql(`
  mutation ImportActivityFile($input: ImportActivitiesInput!) {
    importActivities(input: $input) {
      created {
        title
        description
        startDate
        targetStates {
          iso3
        }
      }
      alreadyImported
      newRows
      rowErrors {
        line
        field
        message
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

// An .xlsx is priced at the bound (1,000 rows, its rows cannot be counted before it is read): the
// activities it creates are read without their nested lists.
const ImportWorkbook = graphql(`
  mutation ImportActivityWorkbook($input: ImportActivitiesInput!) {
    importActivities(input: $input) {
      created {
        title
        startDate
      }
      newRows
      rowErrors {
        line
        field
        message
      }
      userErrors {
        code
        message
      }
    }
  }
`);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const importAs = async (role: string, input: { format: 'CSV' | 'JSON'; content: string; dryRun?: boolean }) => {
  const res = await (await hub.as(role)).query(ImportFile, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.importActivities;
};
const importBook = async (content: string) => {
  const res = await (await hub.as('partner-cso')).query(ImportWorkbook, { input: { format: 'XLSX', content } });
  expect(res.errors).toBeUndefined();
  return res.data!.importActivities;
};

describe('columns the import does not know', () => {
  it('a misspelled header stops the file with the column it likely meant; nothing is kept', async () => {
    const csv = 'kind,title,start_date\nTRAINING,Brokering controls seminar,2031-02-03\n';
    const result = await importAs('partner-cso', { format: 'CSV', content: csv });
    expect(result.created).toEqual([]);
    expect(result.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'content'], message: 'Unknown column "start_date": did you mean "startDate"?' },
    ]);
    const unrelated = await importAs('partner-cso', { format: 'CSV', content: 'kind,title,budget\nTRAINING,x,5\n' });
    expect(unrelated.userErrors[0]!.message).toMatch(/^Unknown column "budget"; the columns are kind, title, /);
  });

  it('a JSON object with an unknown key is that row’s error, with the key it likely meant', async () => {
    const rows = JSON.stringify([
      { kind: 'ADVOCACY', title: 'Radio debate on diversion', targetSates: ['GHA'] },
      { kind: 'ADVOCACY', title: 'Radio debate on diversion, Accra', targetStates: ['GHA'] },
    ]);
    const result = await importAs('partner-cso', { format: 'JSON', content: rows });
    expect(result.created.map((a) => a.title)).toEqual(['Radio debate on diversion, Accra']);
    expect(result.rowErrors).toEqual([{ line: 1, field: 'targetSates', message: 'Unknown column "targetSates": did you mean "targetStates"?' }]);
  });
});

describe('CSV as spreadsheets write it', () => {
  it('reads a byte-order mark, ";" as separator, CRLF and a quoted line break; errors name the line a row starts on', async () => {
    const csv =
      '\uFEFFkind;title;description;startDate;targetStates;key\r\n' +
      'WORKSHOP;Atelier sur le contrôle des transferts;"Première journée\r\nDeuxième journée";2031-03-04;"SEN;CIV";fr-1\r\n' +
      'WORKSHOP;Atelier de suivi;;2031-13-01;SEN;fr-2\r\n';
    const result = await importAs('partner-cso', { format: 'CSV', content: csv });
    expect(result.userErrors).toEqual([]);
    expect(result.created).toEqual([
      {
        title: 'Atelier sur le contrôle des transferts',
        description: 'Première journée\r\nDeuxième journée',
        startDate: '2031-03-04',
        targetStates: [{ iso3: 'SEN' }, { iso3: 'CIV' }],
      },
    ]);
    // The first row spans lines 2 and 3: the second starts on line 4.
    expect(result.rowErrors).toEqual([{ line: 4, field: 'startDate', message: 'startDate must be a calendar day, YYYY-MM-DD, from 0001-01-01 to 9999-12-31.' }]);
  });

  it('a quote left open is one clear error for the file', async () => {
    const result = await importAs('partner-cso', { format: 'CSV', content: 'kind,title\nTRAINING,"never closed\n' });
    expect(result.userErrors[0]!.message).toMatch(/^The file cannot be read as CSV: Quote Not Closed/);
  });
});

describe('an .xlsx workbook', () => {
  const workbook = async (rows: unknown[][]) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Activités');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  };

  it('imports the first sheet: days typed as dates, errors by the row in the sheet', async () => {
    const content = await workbook([
      ['kind', 'title', 'startDate', 'targetStates', 'key'],
      ['TRAINING', 'Formación en control de exportaciones', new Date(Date.UTC(2031, 4, 6)), 'PER;CHL', 'xl-1'],
      ['TRAINING', '', '2031-05-07', 'PER', 'xl-2'],
      ['PARTY', 'Recepción', '2031-05-08', 'PER', 'xl-3'],
    ]);
    const result = await importBook(content);
    expect(result.userErrors).toEqual([]);
    expect(result.created).toEqual([{ title: 'Formación en control de exportaciones', startDate: '2031-05-06' }]);
    expect(result.rowErrors.map((e) => [e.line, e.field])).toEqual([
      [3, 'title'],
      [4, 'kind'],
    ]);
  });

  it('a misspelled header and a file that is no workbook are clear errors', async () => {
    const misspelled = await importBook(await workbook([['Kind', 'Title'], ['TRAINING', 'x']]));
    expect(misspelled.userErrors[0]!.message).toBe('Unknown column "Kind": did you mean "kind"?');
    const notBase64 = await importBook('kind,title');
    expect(notBase64.userErrors[0]!.message).toBe('An XLSX file must be sent base64-encoded.');
    const notZip = await importBook(Buffer.from('kind,title\n').toString('base64'));
    expect(notZip.userErrors[0]!.message).toMatch(/^The file cannot be read as XLSX/);
  });

  it('a workbook that says it unpacks to more than 50 MB is refused before it is read', async () => {
    const zip = Buffer.from(await workbook([['kind', 'title'], ['TRAINING', 'x']]), 'base64');
    // The central directory's first entry claims 2 GB unpacked (as a zip bomb's would, truthfully).
    const entry = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0x7fffffff, entry + 24);
    const bomb = await importBook(zip.toString('base64'));
    expect(bomb.userErrors[0]!.message).toBe('The workbook unpacks to more than 50 MB; send at most 1,000 rows at a time.');
  });
});

describe('a preview (dryRun)', () => {
  const csv = [
    'kind,title,startDate,targetStates,key',
    'TRAINING,End-use monitoring course,2031-06-01,KEN,pv-1',
    'TRAINING,Course without a known state,2031-06-02,XXX,pv-2',
  ].join('\n');

  it('reports every row’s errors and keeps nothing; the import itself then creates what it announced', async () => {
    const preview = await importAs('partner-cso', { format: 'CSV', content: csv, dryRun: true });
    expect(preview).toMatchObject({ created: [], newRows: 1, alreadyImported: 0, userErrors: [] });
    expect(preview.rowErrors).toEqual([{ line: 3, field: 'targetStates', message: 'Unknown state codes: XXX.' }]);
    // Nothing was kept: the real import creates the row the preview announced.
    const real = await importAs('partner-cso', { format: 'CSV', content: csv });
    expect(real.created.map((a) => a.title)).toEqual(['End-use monitoring course']);
    expect(real.newRows).toBe(1);
    const again = await importAs('partner-cso', { format: 'CSV', content: csv, dryRun: true });
    expect(again).toMatchObject({ newRows: 0, alreadyImported: 1 });
  });
});
