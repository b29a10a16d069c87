import { AUDIT_TRAIL, CONNECTION, EDGE, every, RECORD_ID, type PolicyPart } from './shared';

/** The audit trail: the Secretariat only. */
export const AUDIT: PolicyPart = {
  query: {
    auditEvents: AUDIT_TRAIL,
  },
  types: {
    // The audit trail: the Secretariat only.
    AuditEvent: {
      records: { ...AUDIT_TRAIL, growsOnRead: true },
      fields: {
        ...RECORD_ID,
        ...every(AUDIT_TRAIL, 'at', 'kind', 'actor', 'requestId', 'clientRequestId', 'action', 'recordType', 'recordId',
        'recordIds', 'changes', 'fields'),
      },
    },
    AuditEventConnection: { fields: CONNECTION },
    AuditEventEdge: { fields: EDGE },
  },
  filters: {
    AuditEventFilter: {
      kind: 'AuditEvent.kind',
      recordType: 'AuditEvent.recordType',
      recordId: 'AuditEvent.recordId',
      actor: 'AuditEvent.actor',
      requestId: 'AuditEvent.requestId',
      clientRequestId: 'AuditEvent.clientRequestId',
      from: 'AuditEvent.at',
      to: 'AuditEvent.at',
    },
  },
};
