import type { Resolvers } from '../generated/resolversTypes';
import { Complaint } from './Complaint';
import { ComplaintStatusView } from './ComplaintStatusView';
import { ImpersonationClue } from './ImpersonationClue';
import { LetterFeedback } from './LetterFeedback';
import { MarketEntity } from './MarketEntity';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RecordsWrite } from './RecordsWrite';
import { WarningLetter } from './WarningLetter';

export const complaintsResolvers: Resolvers = {
  Query,
  Mutation,
  MarketEntity,
  Complaint,
  ComplaintStatusView,
  ImpersonationClue,
  WarningLetter,
  LetterFeedback,
  RecordsWrite,
};
