import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { loadConfig } from '../../src/kernel/config';
import { runHub } from './hub-process';

/**
 * Crash safety: a burst of partner submissions, the hub killed with SIGKILL in the middle of it,
 * a restart on the same database, then the checks: every acknowledged write is there, whole,
 * with its audit entry (written in the same transaction), and nothing half-written is.
 */
export interface CrashFigures {
  sent: number;
  acknowledged: number;
  failedWhileDying: number;
  presentAfterRestart: number;
  acknowledgedMissing: number;
  withoutAuditEntry: number;
  duplicatesAfterResend: number;
}

interface Gql {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

export async function crashCheck(env: Record<string, string>, burst = 300): Promise<CrashFigures> {
  const run = Date.now().toString(36);
  let hub = await runHub(env);
  const auth = loadConfig({ ...process.env, ...env }).auth;
  const tokens = {
    partner: await signLocalToken(auth, demoSubject('partner-cso')),
    secretariat: await signLocalToken(auth, demoSubject('secretariat')),
  };
  const call = async (token: string, query: string, variables?: object): Promise<Gql> => {
    const res = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    return (await res.json()) as Gql;
  };
  const create = `mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { code } } }`;
  const input = (i: number) => ({ kind: 'WORKSHOP', title: `Crash ${run} ${i}`, idempotencyKey: `crash-${run}-${i}`, targetStates: ['COM'] });

  const acknowledged = new Map<number, string>();
  let failed = 0;
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (next < burst) {
      const i = next++;
      try {
        const res = await call(tokens.partner, create, { i: input(i) });
        const id = (res.data?.createActivity as { activity?: { id: string } } | undefined)?.activity?.id;
        if (id) acknowledged.set(i, id);
        else failed++;
      } catch {
        failed++;
      }
      // Kill in the middle of the burst, with requests in flight.
      if (!killed && acknowledged.size >= burst / 3) {
        killed = true;
        hub.proc.kill('SIGKILL');
      }
    }
  };
  await Promise.all([...Array(16)].map(worker));
  await new Promise<void>((resolve) => (hub.proc.exitCode !== null || hub.proc.signalCode !== null ? resolve() : hub.proc.once('exit', () => resolve())));

  hub = await runHub(env);
  try {
    const found = new Map<string, string>();
    let after: string | null = null;
    do {
      const page = await call(tokens.partner, `query($after: String) { activities(first: 200, after: $after, filter: { status: DRAFT }) {
        pageInfo { hasNextPage endCursor } edges { node { id title kind status organiserName } } } }`, { after });
      const conn = page.data?.activities as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; title: string; kind: string; status: string; organiserName: string } }[] };
      for (const { node } of conn.edges) {
        if (!node.title.startsWith(`Crash ${run} `)) continue;
        if (node.kind !== 'WORKSHOP' || node.status !== 'DRAFT' || !node.organiserName) throw new Error(`Half-written activity: ${JSON.stringify(node)}`);
        found.set(node.id, node.title);
      }
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after);

    // Every record has its audit entry, and every audit entry its record.
    const audited = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await call(tokens.secretariat, `query($after: String) { auditEvents(first: 200, after: $after, filter: { kind: CHANGE, recordType: "Activity", actor: "demo:partner-cso" }) {
        pageInfo { hasNextPage endCursor } edges { node { recordId action } } } }`, { after: cursor });
      const conn = page.data?.auditEvents as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { recordId: string; action: string } }[] };
      for (const { node } of conn.edges) if (node.action === 'create') audited.add(node.recordId);
      cursor = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (cursor);
    const keyOf = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;

    // Resending every submission with its key adds nothing twice.
    for (let i = 0; i < burst; i++) await call(tokens.partner, create, { i: input(i) });
    const titles = new Map<string, number>();
    let again: string | null = null;
    do {
      const page = await call(tokens.partner, `query($after: String) { activities(first: 200, after: $after, filter: { status: DRAFT }) {
        pageInfo { hasNextPage endCursor } edges { node { title } } } }`, { after: again });
      const conn = page.data?.activities as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { title: string } }[] };
      for (const { node } of conn.edges) if (node.title.startsWith(`Crash ${run} `)) titles.set(node.title, (titles.get(node.title) ?? 0) + 1);
      again = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (again);

    return {
      sent: burst,
      acknowledged: acknowledged.size,
      failedWhileDying: failed,
      presentAfterRestart: found.size,
      acknowledgedMissing: [...acknowledged.values()].filter((id) => !found.has(id)).length,
      withoutAuditEntry: [...found.keys()].filter((id) => !audited.has(keyOf(id))).length,
      duplicatesAfterResend: [...titles.values()].filter((n) => n > 1).length,
    };
  } finally {
    await hub.stop();
  }
}
