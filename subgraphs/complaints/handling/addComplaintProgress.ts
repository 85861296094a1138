import { inTransaction } from '../../kit/data/transaction';
import { requiredText } from '../../kit/inputs/text';
import type { MutationResolvers } from '../generated/resolversTypes';
import { loadHandledComplaint } from './loadHandledComplaint';
import { requireComplaintStatus } from './requireComplaintStatus';
import { transitionComplaint } from './transitionComplaint';

const HANDLED = ['ACCEPTED', 'IN_PROGRESS'] as const;

/** ACCEPTED or IN_PROGRESS → IN_PROGRESS with a note: internal unless the lead unit marks it public. */
export const addComplaintProgress: NonNullable<MutationResolvers['addComplaintProgress']> = async (_parent, { id, note, public: shown }, context) => {
  const isPublic = shown ?? false;
  const { identity, dataSource, now } = context;
  const complaint = await loadHandledComplaint(context, id, 'note progress on complaints');
  const text = requiredText('note', note, { max: 1000 });
  requireComplaintStatus(complaint, HANDLED, 'noted as in progress');
  const at = now();
  return inTransaction(dataSource, (manager) =>
    transitionComplaint(manager, identity, {
      complaint,
      from: HANDLED,
      to: 'IN_PROGRESS',
      action: 'noted as in progress',
      operation: 'addComplaintProgress',
      at,
      note: text,
      public: isPublic,
      summary: `complaint ${complaint.trackingNumber}: ${isPublic ? 'public' : 'internal'} progress note`,
    }),
  );
};
