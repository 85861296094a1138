import { inTransaction } from '../../kit/data/transaction';
import { requiredText } from '../../kit/inputs/text';
import type { ComplaintsContext } from '../context';
import type { ComplaintEntity } from '../entities/ComplaintEntity';
import { loadHandledComplaint } from './loadHandledComplaint';
import { requireComplaintStatus } from './requireComplaintStatus';
import { transitionComplaint } from './transitionComplaint';

/** SUBMITTED → REFUSED with its reason, which the complainant reads on the public timeline. Its clue is never collected. */
export async function refuseComplaint(context: ComplaintsContext, id: string, reason: string): Promise<ComplaintEntity> {
  const { identity, dataSource, now } = context;
  const complaint = await loadHandledComplaint(context, id, 'refuse complaints');
  const publicReason = requiredText('reason', reason, { max: 1000 });
  requireComplaintStatus(complaint, ['SUBMITTED'], 'refused');
  const at = now();
  return inTransaction(dataSource, (manager) =>
    transitionComplaint(manager, identity, {
      complaint,
      from: ['SUBMITTED'],
      to: 'REFUSED',
      action: 'refused',
      operation: 'refuseComplaint',
      at,
      note: publicReason,
      public: true,
      summary: `complaint ${complaint.trackingNumber} refused`,
    }),
  );
}
