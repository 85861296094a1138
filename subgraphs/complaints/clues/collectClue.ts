import type { ClueEntity } from '../entities/ClueEntity';
import type { ComplaintEntity } from '../entities/ComplaintEntity';
import { leadUnitAuthority } from '../handling/leadUnitAuthority';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import type { CollectAgencyRecord } from '../records/collectAgencyRecord';
import { clueSourceKey } from '../records/sourceKeys';

/**
 * What records reads of the clue. A complaint's clue names only the complaint (its tracking
 * number and category) and never its text: the complainant's words may name them and records is
 * read by the accused institution and by the services. A clue a lead unit recorded is described
 * by that unit, so its description and source go.
 */
function neutralSummary(clue: ClueEntity, complaint: Pick<ComplaintEntity, 'trackingNumber' | 'category'> | null): string {
  if (complaint) return `冒充信用服务机构线索，来自投诉 ${complaint.trackingNumber}（${complaint.category}），经牵头单位受理`;
  return `冒充信用服务机构线索（来源：${clue.source ?? '牵头单位'}）：${clue.description}`.slice(0, 1000);
}

/**
 * The write that collects a clue as an IMPERSONATION_CLUE record in records (seed, section 3:
 * 全部完成失信记录归集), under `clue:<id>`, in the lead unit's region, with its subject as the clue
 * names it and its reporting day (not today), fixed when queued in the outbox.
 */
export function collectClue(clue: ClueEntity, complaint: Pick<ComplaintEntity, 'trackingNumber' | 'category'> | null, onBehalfOf: string): CollectAgencyRecord {
  return {
    operation: 'collectAgencyRecord',
    sourceKey: clueSourceKey(clue.id),
    onBehalfOf,
    input: {
      subjectUscc: clue.uscc,
      subjectName: clue.subjectName,
      subjectIdentifiers: clue.subjectIdentifiers,
      region: clue.region,
      kind: 'IMPERSONATION_CLUE',
      authority: leadUnitAuthority(clue.region),
      decidedAt: shanghaiDate(clue.reportedAt),
      summary: neutralSummary(clue, complaint),
    },
  };
}
