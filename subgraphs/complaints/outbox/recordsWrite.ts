import { COLLECT_AGENCY_RECORD, type CollectAgencyRecord } from '../records/collectAgencyRecord';
import { RECORD_CLUE_FINDING, type RecordClueFinding } from '../records/recordClueFinding';
import type { OutboxOperation } from '../entities/OutboxEntity';

/** A write to records a handling mutation decided, with everything records is sent. */
export type RecordsWrite = CollectAgencyRecord | RecordClueFinding;

/** The GraphQL document each outbox operation sends through the gateway. */
export const RECORDS_MUTATIONS: Record<OutboxOperation, string> = {
  collectAgencyRecord: COLLECT_AGENCY_RECORD,
  recordClueFinding: RECORD_CLUE_FINDING,
};

/** The variables sent to records: the write without its operation name. */
export function variablesOf(write: RecordsWrite): Record<string, unknown> {
  const { sourceKey, onBehalfOf } = write;
  if (write.operation === 'collectAgencyRecord') return { sourceKey, onBehalfOf, input: write.input };
  return { sourceKey, onBehalfOf, finding: write.finding, regulator: write.regulator, note: write.note };
}
