import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HubClient, startTestHub, type TestHub } from './support/hub';

/** The access log: the request ids its entries are filed under, and the operations they name. */
interface Entry {
  kind: string;
  action: string;
  requestId: string;
  clientRequestId: string | null;
  recordType: string;
  recordIds: string[];
  fields: string[];
}

let hub: TestHub;
let secretariat: HubClient;

async function trail(clientRequestId: string): Promise<Entry[]> {
  const res = await secretariat.post(
    JSON.stringify({
      query: `query Trail($id: String) { auditEvents(first: 100, filter: { clientRequestId: $id }) {
        edges { node { kind action requestId clientRequestId recordType recordIds fields } } } }`,
      variables: { id: clientRequestId },
    }),
  );
  expect(res.errors).toBeUndefined();
  return (res.data as unknown as { auditEvents: { edges: { node: Entry }[] } }).auditEvents.edges.map((e) => e.node);
}

beforeAll(async () => {
  hub = await startTestHub();
  secretariat = await hub.as('secretariat');
});
afterAll(async () => {
  await hub?.stop();
});

describe("the access log's request ids and operations", () => {
  const read = '{ state(iso3: "COM") { nationalProcess { stage } } }';

  it("files entries under the hub's own request id, the client's kept beside it, bounded and sanitised", async () => {
    const first = await secretariat.post(JSON.stringify({ query: read }), { 'x-request-id': 'brief-csp9-001' });
    const hubId = first.headers.get('x-request-id');
    expect(hubId).toMatch(/^[0-9a-f-]{36}$/);
    const entries = await trail('brief-csp9-001');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ requestId: hubId, clientRequestId: 'brief-csp9-001' });

    // A client naming another request's id gets its own: it cannot file its reads under another's.
    const copy = await secretariat.post(JSON.stringify({ query: `${read} ` }), { 'x-request-id': hubId! });
    expect(copy.headers.get('x-request-id')).not.toBe(hubId);
    const filed = await trail(hubId!);
    expect(new Set(filed.map((e) => e.requestId))).toEqual(new Set([copy.headers.get('x-request-id')]));

    // What is not printable ASCII is dropped, and at most 128 characters are kept.
    await secretariat.post(JSON.stringify({ query: `${read}  ` }), { 'x-request-id': `brief\t\u00e9${'x'.repeat(500)}` });
    const kept = `brief${'x'.repeat(123)}`;
    expect(new Set((await trail(kept)).map((e) => e.clientRequestId))).toEqual(new Set([kept]));
  });

  it('names the operation the hub ran, never a name the document does not have', async () => {
    const send = (body: object, id: string) => secretariat.post(JSON.stringify(body), { 'x-request-id': id });
    const actions = async (id: string) => new Set((await trail(id)).filter((e) => e.kind === 'READ').map((e) => e.action));
    await send({ query: read }, 'op-anonymous');
    expect(await actions('op-anonymous')).toEqual(new Set(['anonymous query']));

    await send({ query: `query First { viewer { name } } query Second ${read}`, operationName: 'Second' }, 'op-second');
    expect(await actions('op-second')).toEqual(new Set(['Second']));

    const spoofed = await send({ query: `query Second ${read}`, operationName: 'DeleteNothing' }, 'op-spoofed');
    expect(spoofed.errors?.length).toBeGreaterThan(0);
    expect(await trail('op-spoofed')).toEqual([]);

    const vp = await hub.as('vp-africa');
    await vp.post(
      JSON.stringify({
        query: 'mutation { recordEngagement(input: { stateIso3: "COM", kind: LETTER, onBehalfOf: "Vice-President for Africa", summary: "A letter" }) { engagement { summary } } }',
      }),
      { 'x-request-id': 'op-mutation' },
    );
    expect(await actions('op-mutation')).toEqual(new Set(['anonymous mutation']));
  });
});
