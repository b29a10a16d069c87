import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

// POST /imports/activities: the file as the request's body, the same pipeline as importActivities.

const DryImport = graphql(`
  mutation DryImportForHttp($input: ImportActivitiesInput!) {
    importActivities(input: $input) {
      newRows
      alreadyImported
      rowErrors {
        line
        field
        message
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const CreateOne = graphql(`
  mutation CreateOneForImportComparison($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
      }
      userErrors {
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(body: string | Buffer | ReadableStream<Uint8Array>, options: { token?: string | null; type?: string; query?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'text/csv; charset=utf-8' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${hub.origin}/imports/activities${options.query ?? ''}`, {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const tokenOf = async (role: string) => (await hub.as(role)).token!;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sql = (text: string, params: unknown[] = []): Promise<Record<string, any>[]> => hub.hub.database.orm.em.getConnection().execute(text, params);

// As a spreadsheet in French settings saves it: a byte-order mark, ";" and a quoted line break.
const FRENCH_CSV =
  '\uFEFFkey;kind;title;description;startDate;targetStates\r\n' +
  'h1;WORKSHOP;Atelier sur le courtage;"Première ligne\r\nseconde ligne";2031-03-04;KHM;COM\r\n' +
  'h2;SEMINAR;Un type inconnu;;2031-03-05;KHM\r\n' +
  'h3;TRAINING;Formation douanière;;31/03/2031;IDN\r\n' +
  'h4;ADVOCACY;;;2031-03-06;\r\n' +
  'h5;TRAINING;Formation régionale;;2031-03-07;KHM;XXZ\r\n';

describe('POST /imports/activities', () => {
  it('streams a CSV as spreadsheets write it: the good row kept, each bad row with its line; dryRun first keeps nothing', async () => {
    const token = await tokenOf('partner-cso');
    // The quoted cell and "KHM;COM" must be quoted for ";" to be read as the separator only between cells.
    const csv = FRENCH_CSV.replace('2031-03-04;KHM;COM', '2031-03-04;"KHM;COM"').replace('2031-03-07;KHM;XXZ', '2031-03-07;"KHM;XXZ"');
    const before = (await sql(`select count(*)::int as n from activity where idempotency_key like 'key:h_'`))[0]!.n;
    const dry = await send(csv, { token, query: '?dryRun=true' });
    expect(dry.status).toBe(200);
    const preview = dry.body.data.importActivities;
    expect(preview).toMatchObject({ created: [], newRows: 1, alreadyImported: 0, userErrors: [] });
    expect(preview.rowErrors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [4, 'kind'],
      [5, 'startDate'],
      [6, 'title'],
      [7, 'targetStates'],
    ]);
    expect((await sql(`select count(*)::int as n from activity where idempotency_key like 'key:h_'`))[0]!.n).toBe(before);

    // The same checks as the mutation's preview of the same file.
    const viaGraphql = await (await hub.as('partner-cso')).query(DryImport, { input: { format: 'CSV', content: csv, dryRun: true } });
    expect(viaGraphql.data!.importActivities).toEqual({ newRows: 1, alreadyImported: 0, rowErrors: preview.rowErrors, userErrors: [] });

    const done = await send(csv, { token });
    expect(done.status).toBe(200);
    const result = done.body.data.importActivities;
    expect(result.created).toHaveLength(1);
    expect(result.created[0].title).toBe('Atelier sur le courtage');
    expect(result.rowErrors).toEqual(preview.rowErrors);
    const [row] = await sql(`select description, target_states from activity where idempotency_key = 'key:h1'`);
    expect(row).toEqual({ description: 'Première ligne\r\nseconde ligne', target_states: ['KHM', 'COM'] });
    // Each row written has its audit entry.
    const audit = await sql(`select count(*)::int as n from audit_event where kind = 'CHANGE' and record_type = 'Activity' and record_id = ?`, [
      Buffer.from(result.created[0].id, 'base64').toString().split(':')[1],
    ]);
    expect(audit[0]!.n).toBe(1);
    // Sent again: imported already.
    const again = await send(csv, { token });
    expect(again.body.data.importActivities).toMatchObject({ created: [], alreadyImported: 1 });
  });

  it('an imported activity is written as createActivity writes it, column for column, with the same audit entry', async () => {
    const token = await tokenOf('partner-cso');
    const fields = { kind: 'TRAINING', title: 'Column comparison', description: 'Same content', startDate: '2031-05-01', endDate: '2031-05-02', place: 'Phnom Penh' };
    const created = await (await hub.as('partner-cso')).query(CreateOne, {
      input: { ...fields, kind: 'TRAINING' as never, startDate: fields.startDate as never, endDate: fields.endDate as never, targetStates: ['KHM'], languages: ['km'], idempotencyKey: 'cmp-one' },
    });
    expect(created.data!.createActivity.userErrors).toEqual([]);
    const csv = `key,kind,title,description,startDate,endDate,place,targetStates,languages\ncmp-two,TRAINING,Column comparison,Same content,2031-05-01,2031-05-02,Phnom Penh,KHM,km\n`;
    expect((await send(csv, { token })).body.data.importActivities.created).toHaveLength(1);
    const rows = await sql(`select * from activity where idempotency_key in ('cmp-one', 'key:cmp-two') order by idempotency_key`);
    expect(rows).toHaveLength(2);
    const strip = ({ id, created_at, updated_at, idempotency_key, ...rest }: Record<string, unknown>) => rest; // eslint-disable-line @typescript-eslint/no-unused-vars
    expect(strip(rows[1]!)).toEqual(strip(rows[0]!));
    const changes = await sql(`select action, actor, changes from audit_event where kind = 'CHANGE' and record_id in (?, ?) order by id`, [rows[0]!.id, rows[1]!.id]);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual(changes[0]);
  });

  it('reads an .xlsx body (its first sheet)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Activities');
    sheet.addRow(['key', 'kind', 'title', 'startDate']);
    sheet.addRow(['x1', 'WORKSHOP', 'Atelier du classeur', new Date(Date.UTC(2031, 5, 7))]);
    sheet.addRow(['x2', 'WORKSHOP', 'Mauvaise date', 'demain']);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const res = await send(buffer, { token: await tokenOf('partner-cso'), type: XLSX });
    expect(res.status).toBe(200);
    expect(res.body.data.importActivities.created.map((a: { title: string }) => a.title)).toEqual(['Atelier du classeur']);
    expect(res.body.data.importActivities.rowErrors).toMatchObject([{ line: 3, field: 'startDate' }]);
  });

  it('refuses a body past the limit with 413 and a JSON error, declared or streamed, and keeps nothing', async () => {
    const token = await tokenOf('partner-cso');
    const before = (await sql(`select count(*)::int as n from activity`))[0]!.n;
    // Rows of 11 kB (the longest texts allowed), so the file passes 10 MB before its 1,000th row.
    const header = 'kind,title,description,outcome,source\n';
    const row = `TRAINING,Too large,${'x'.repeat(4900)},${'y'.repeat(4900)},${'z'.repeat(1000)}\n`;
    const big = header + row.repeat(Math.ceil((11 * 1024 * 1024) / row.length));
    const declared = await send(big, { token });
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(declared.body.errors[0].message).toMatch(/larger than 10 MB/);
    // Without a length: refused once the streamed body passes the limit.
    const bytes = Buffer.from(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 256 * 1024) controller.enqueue(bytes.subarray(at, at + 256 * 1024));
        controller.close();
      },
    });
    const streamed = await send(stream, { token });
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await sql(`select count(*)::int as n from activity`))[0]!.n).toBe(before);
  });

  it('asks for a bearer token (401 with WWW-Authenticate), refuses a bad one, and refuses other media types', async () => {
    const anonymous = await send(FRENCH_CSV, { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await send(FRENCH_CSV, { token: 'not-a-token' });
    expect(forged.status).toBe(401);
    const json = await send('[]', { token: await tokenOf('partner-cso'), type: 'application/json' });
    expect(json.status).toBe(415);
    const badFlag = await send(FRENCH_CSV, { token: await tokenOf('partner-cso'), query: '?dryRun=maybe' });
    expect(badFlag.status).toBe(400);
  });

  it('lets each role do what the policy lets it do through the mutation', async () => {
    const csv = 'kind,title\nWORKSHOP,Policy comparison\n';
    for (const role of ['partner-cso', 'secretariat', 'vp-africa']) {
      const http = await send(csv, { token: await tokenOf(role), query: '?dryRun=true' });
      const viaGraphql = await (await hub.as(role)).query(DryImport, { input: { format: 'CSV', content: csv, dryRun: true } });
      if (viaGraphql.errors?.length) {
        expect([401, 403]).toContain(http.status);
        expect(http.body.errors[0].extensions.code).toBe(viaGraphql.errors[0]!.extensions?.code);
      } else {
        expect(http.status).toBe(200);
        const { created, ...rest } = http.body.data.importActivities;
        expect(created).toEqual([]);
        expect(rest).toEqual({ ...viaGraphql.data!.importActivities, userErrors: viaGraphql.data!.importActivities.userErrors.map((e) => expect.objectContaining(e)) });
      }
    }
  });
});
