import type { Resolvers } from '../generated/resolversTypes';
import { DishonestyRecord } from './DishonestyRecord';
import { Interview } from './Interview';
import { LedgerEntry } from './LedgerEntry';
import { LedgerProgress } from './LedgerProgress';
import { LedgerMeasures } from './LedgerMeasures';
import { LedgerReport } from './LedgerReport';
import { LedgerReportRow } from './LedgerReportRow';
import { MarketEntity } from './MarketEntity';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RiskWarning } from './RiskWarning';
import { RiskWarningCandidate } from './RiskWarningCandidate';

export const recordsResolvers: Resolvers = {
  Query,
  Mutation,
  MarketEntity,
  DishonestyRecord,
  Interview,
  LedgerEntry,
  LedgerMeasures,
  LedgerProgress,
  RiskWarning,
  RiskWarningCandidate,
  LedgerReport,
  LedgerReportRow,
};
