import type { EntityManager } from 'typeorm';
import type { Identity } from '../identity/identity';
import { AuditEntryEntity } from './AuditEntryEntity';

export interface AuditFact {
  /** The mutation, e.g. `registerInstitution`. */
  operation: string;
  objectType: string;
  objectId: string | number;
  /** What changed, in a sentence; never personal data in clear. */
  summary: string;
}

/** Writes an audit entry in the mutation's own transaction, so the change and its record stand or fall together. */
export async function recordAudit(manager: EntityManager, identity: Identity, fact: AuditFact, at: Date = new Date()): Promise<void> {
  await manager.insert(AuditEntryEntity, {
    at,
    actor: identity.subject || 'anonymous',
    role: identity.role,
    operation: fact.operation,
    objectType: fact.objectType,
    objectId: String(fact.objectId),
    summary: fact.summary.slice(0, 1000),
    clientAddress: identity.clientAddress ?? null,
  });
}
