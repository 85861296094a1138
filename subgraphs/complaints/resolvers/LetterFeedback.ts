import type { LetterFeedbackResolvers } from '../generated/resolversTypes';

export const LetterFeedback: LetterFeedbackResolvers = {
  subject: ({ uscc }) => ({ uscc }),
};
