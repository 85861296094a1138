import { inTransaction } from '../../kit/data/transaction';
import { requiredText } from '../../kit/inputs/text';
import type { MutationResolvers } from '../generated/resolversTypes';
import { loadHandledComplaint } from './loadHandledComplaint';
import { requireComplaintStatus } from './requireComplaintStatus';
import { transitionComplaint } from './transitionComplaint';

/** SUBMITTED → REFUSED with its reason, which the complainant reads on the public timeline. Its clue is never collected. */
export const refuseComplaint: NonNullable<MutationResolvers['refuseComplaint']> = async (_parent, { id, reason }, context) => {
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
};
