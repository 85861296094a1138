import type { DataSource } from 'typeorm';
import type { Identity } from '../identity/identity';
import { requireRole } from '../identity/authorize';
import { findPage, toPage, type Connection } from '../pagination';
import { AuditEntryEntity } from './AuditEntryEntity';

interface AuditLogArgs {
  first?: number | null;
  after?: string | null;
}

/** The resolver of every `<subgraph>AuditLog` root field: newest first, for the national regulator only. */
export function auditLogQuery(
  _parent: unknown,
  args: AuditLogArgs,
  context: { identity: Identity; dataSource: DataSource },
): Promise<Connection<AuditEntryEntity>> {
  requireRole(context.identity, ['NATIONAL_REGULATOR'], 'read the audit log');
  return findPage(context.dataSource.getRepository(AuditEntryEntity), toPage(args), 'DESC');
}
