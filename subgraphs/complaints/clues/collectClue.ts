import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { ClueEntity } from '../entities/ClueEntity';
import { leadUnitAuthority } from '../handling/leadUnitAuthority';
import { shanghaiDate } from '../handling/shanghaiDate';
import { collectAgencyRecord } from '../records/collectAgencyRecord';
import type { CollectedRecord } from '../records/readRecordAnswer';
import { clueSourceKey } from '../records/sourceKeys';

/**
 * Collects a clue as an IMPERSONATION_CLUE record in records (seed, section 3: 全部完成失信记录归集),
 * under `clue:<id>`, in the lead unit's region, with its subject as the clue names it. The same
 * clue always sends the same input (its reporting day, not today), so a retry is idempotent there.
 */
export function collectClue(gateway: GatewayClient, clue: ClueEntity, onBehalfOf: string): Promise<CollectedRecord> {
  return collectAgencyRecord(gateway, clueSourceKey(clue.id), onBehalfOf, {
    subjectUscc: clue.uscc,
    subjectName: clue.subjectName,
    subjectIdentifiers: clue.subjectIdentifiers,
    region: clue.region,
    kind: 'IMPERSONATION_CLUE',
    authority: leadUnitAuthority(clue.region),
    decidedAt: shanghaiDate(clue.reportedAt),
    summary: clue.description.slice(0, 1000),
  });
}
