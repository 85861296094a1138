import type { Resolvers } from '../generated/resolversTypes';
import { DishonestyRecord } from './DishonestyRecord';
import { Interview } from './Interview';
import { LedgerEntry } from './LedgerEntry';
import { LedgerMeasures } from './LedgerMeasures';
import { LedgerReport } from './LedgerReport';
import { LedgerReportRow } from './LedgerReportRow';
import { MarketEntity } from './MarketEntity';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const recordsResolvers: Resolvers = { Query, Mutation, MarketEntity, DishonestyRecord, Interview, LedgerEntry, LedgerMeasures, LedgerReport, LedgerReportRow };
