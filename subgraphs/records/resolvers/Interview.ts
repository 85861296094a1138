import type { InterviewResolvers } from '../generated/resolversTypes';

export const Interview: InterviewResolvers = {
  id: ({ id }) => String(id),
  subject: ({ uscc }) => ({ uscc }),
  conductedBy: ({ units }) => units.join('、'),
};
