import { inTransaction } from '../../kit/data/transaction';
import { badUserInput } from '../../kit/errors';
import { optionalText, requiredText } from '../../kit/inputs/text';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import type { ConcludeComplaintInput, MutationResolvers, Severity } from '../generated/resolversTypes';
import { enqueueRecordsWrite } from '../outbox/enqueueRecordsWrite';
import { deliverSoon } from '../outbox/outboxRelays';
import type { AgencyRecordInput } from '../records/collectAgencyRecord';
import { complaintSourceKey } from '../records/sourceKeys';
import { leadUnitAuthority } from './leadUnitAuthority';
import { loadHandledComplaint } from './loadHandledComplaint';
import { requireComplaintStatus } from './requireComplaintStatus';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import { transitionComplaint } from './transitionComplaint';

const HANDLED = ['ACCEPTED', 'IN_PROGRESS'] as const;

/** The record kind a complaint published as dishonesty becomes, by its category (measure 6). */
const PUBLISHED_KIND = { FALSE_DISCLOSURE: 'FALSE_DISCLOSURE', COMMITMENT_BREACH: 'COMMITMENT_BREACH' } as const;

/** What records is asked to collect for a complaint published as dishonesty; BAD_USER_INPUT names what is missing. */
function publishedRecord(complaint: ComplaintEntity, input: ConcludeComplaintInput, conclusion: string, at: Date): AgencyRecordInput {
  const kind = complaint.category === 'FALSE_DISCLOSURE' || complaint.category === 'COMMITMENT_BREACH' ? PUBLISHED_KIND[complaint.category] : null;
  if (!kind) throw badUserInput('input.outcome', `a ${complaint.category} complaint cannot be published as dishonesty: only a false disclosure or a commitment breach can`);
  if (!complaint.uscc) throw badUserInput('input.outcome', 'the complaint names no USCC: only a market entity can be published as dishonest');
  const severity: Severity | null = input.severity ?? null;
  if (!severity) throw badUserInput('input.severity', 'required to publish as dishonesty (SERIOUS enters the ledger)');
  return {
    subjectUscc: complaint.uscc,
    subjectName: complaint.subjectName,
    subjectIdentifiers: complaint.subjectIdentifiers,
    region: complaint.region,
    kind,
    severity,
    authority: optionalText('input.authority', input.authority, { max: 200 }) ?? leadUnitAuthority(complaint.region),
    documentNumber: optionalText('input.documentNumber', input.documentNumber, { max: 100 }),
    decidedAt: shanghaiDate(at),
    summary: conclusion,
  };
}

/**
 * ACCEPTED or IN_PROGRESS → CONCLUDED with its outcome and the conclusion the complainant reads.
 * PUBLISHED_AS_DISHONESTY queues a FALSE_DISCLOSURE or COMMITMENT_BREACH record for records
 * (sourceKey complaint:<id>; records puts a SERIOUS one into the ledger) in the outbox, in the
 * transaction that wins the state change, with its input fixed then; it is delivered after the
 * commit (the complaint's `dishonestyRecord` appears then). Of two conclusions at once only the
 * winner's record is ever sent; a conclusion that failed here sent nothing, so a retry on another
 * day (another decision date) is a new, consistent write.
 */
export const concludeComplaint: NonNullable<MutationResolvers['concludeComplaint']> = async (_parent, { id, input }, context) => {
  const { identity, dataSource, now } = context;
  const complaint = await loadHandledComplaint(context, id, 'conclude complaints');
  const conclusion = requiredText('input.conclusion', input.conclusion, { max: 5000 });
  if (input.outcome !== 'PUBLISHED_AS_DISHONESTY' && input.severity) throw badUserInput('input.severity', 'only a complaint published as dishonesty has a severity');
  const at = now();
  const recordInput = input.outcome === 'PUBLISHED_AS_DISHONESTY' ? publishedRecord(complaint, input, conclusion, at) : null;
  requireComplaintStatus(complaint, HANDLED, 'concluded');
  const sourceKey = complaintSourceKey(complaint.id);
  const concluded = await inTransaction(dataSource, async (manager) => {
    const stored = await transitionComplaint(manager, identity, {
      complaint,
      from: HANDLED,
      to: 'CONCLUDED',
      action: 'concluded',
      operation: 'concludeComplaint',
      at,
      note: conclusion,
      public: true,
      outcome: input.outcome,
      changes: { outcome: input.outcome, severity: recordInput?.severity ?? null, conclusion },
      summary: `complaint ${complaint.trackingNumber} concluded: ${input.outcome}${recordInput ? ` (${recordInput.severity} ${recordInput.kind} record queued for records)` : ''}`,
    });
    if (recordInput) await enqueueRecordsWrite(manager, { operation: 'collectAgencyRecord', sourceKey, onBehalfOf: identity.subject, input: recordInput }, at);
    return stored;
  });
  if (!recordInput) return concluded;
  await deliverSoon(dataSource, [sourceKey]);
  return dataSource.getRepository(ComplaintEntity).findOneByOrFail({ id: complaint.id });
};
