import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { crashCheck } from '../../scripts/support/crash-check';
import { graphql } from '../gql';
import { copyTemplate } from '../support/databases';
import { startTestHub, type TestHub } from '../support/hub';

const CreateDraft = graphql(`
  mutation CreateDraft($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        version
      }
      userErrors {
        code
      }
    }
  }
`);

const EditDraft = graphql(`
  mutation EditDraft($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      activity {
        version
        description
      }
      userErrors {
        code
      }
    }
  }
`);

const ChangesOf = graphql(`
  query ChangesOf($id: String) {
    auditEvents(first: 200, filter: { kind: CHANGE, recordType: "Activity", recordId: $id }) {
      totalCount
      edges {
        node {
          action
          changes
        }
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

describe('concurrency', () => {
  it('many clients update one record at once: one write per version wins, the rest CONFLICT, no update lost', async () => {
    const cso = await hub.as('partner-cso');
    const draft = (await cso.query(CreateDraft, { input: { kind: 'ADVOCACY', title: 'Contended draft' } })).data!.createActivity.activity!;
    const rounds = 5;
    const clients = 12;
    let version = draft.version!;
    for (let round = 0; round < rounds; round++) {
      const answers = await Promise.all(
        [...Array(clients)].map((_, c) =>
          cso.query(EditDraft, { input: { id: draft.id, version, description: `round ${round} client ${c}` } }),
        ),
      );
      const won = answers.filter((a) => a.data?.updateActivity.userErrors.length === 0);
      const conflicts = answers.filter((a) => a.data?.updateActivity.userErrors[0]?.code === 'CONFLICT');
      expect(won, `round ${round}`).toHaveLength(1);
      expect(conflicts).toHaveLength(clients - 1);
      version = won[0]!.data!.updateActivity.activity!.version!;
    }
    expect(version).toBe(draft.version! + rounds);
    // Every winning write is in the audit trail: nothing was overwritten unseen.
    const key = Buffer.from(draft.id, 'base64url').toString().split(':')[1]!;
    const trail = await (await hub.as('secretariat')).query(ChangesOf, { id: key });
    expect(trail.data!.auditEvents!.edges.filter((e) => e.node.action === 'update')).toHaveLength(rounds);
  });

  it('the same idempotency key sent concurrently creates one record', async () => {
    const cso = await hub.as('partner-cso');
    const answers = await Promise.all(
      [...Array(12)].map(() => cso.query(CreateDraft, { input: { kind: 'TRAINING', title: 'Sent twelve times at once', idempotencyKey: 'same-key-12' } })),
    );
    const ids = new Set(answers.map((a) => a.data?.createActivity.activity?.id));
    expect(answers.every((a) => a.data?.createActivity.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
  });
});

describe('crash safety', () => {
  it('kill -9 in the middle of a burst of writes loses nothing acknowledged and leaves nothing half-written', { timeout: 180_000 }, async () => {
    const database = await copyTemplate(inject('template'));
    try {
      const figures = await crashCheck(database.env, 150);
      console.log(`crash safety: ${JSON.stringify(figures)}`);
      expect(figures.acknowledged).toBeGreaterThan(0);
      expect(figures.acknowledgedMissing).toBe(0);
      expect(figures.withoutAuditEntry).toBe(0);
      expect(figures.duplicatesAfterResend).toBe(0);
      expect(figures.presentAfterRestart).toBeGreaterThanOrEqual(figures.acknowledged);
    } finally {
      await database.drop();
    }
  });
});
