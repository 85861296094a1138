import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Identity } from '../identity/identity';
import { AuditEntryEntity } from './AuditEntryEntity';

/**
 * Logs each read of personal data in clear, per request, batched: however many objects a
 * request shows in clear, their log entries are one INSERT. Key: `<objectType>:<objectId>`.
 */
export function createPersonalDataReadLog(dataSource: DataSource, identity: Identity) {
  return new DataLoader<string, true>(async (keys) => {
    const at = new Date();
    await dataSource.getRepository(AuditEntryEntity).insert(
      keys.map((key) => {
        const [objectType, objectId] = key.split(':');
        return {
          at,
          actor: identity.subject || 'anonymous',
          role: identity.role,
          operation: 'READ_PERSONAL_DATA',
          objectType,
          objectId,
          summary: 'personal data shown in clear',
          clientAddress: identity.clientAddress ?? null,
        };
      }),
    );
    return keys.map(() => true as const);
  });
}

export type PersonalDataReadLog = ReturnType<typeof createPersonalDataReadLog>;
