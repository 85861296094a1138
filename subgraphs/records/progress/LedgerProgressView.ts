import type { CampaignConfig } from '../config/ledgerCampaign';
import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';

/** How a target stands against a region's ledger now. */
export interface TargetProgressView {
  target: CampaignConfig['targets'][number];
  met: boolean;
  deadlinePassed: boolean;
  shortBy: number;
}

/** `LedgerProgress` as its resolvers receive it: computed once per request from the live ledger. */
export interface LedgerProgressView {
  region: string | null;
  asOf: string;
  campaign: CampaignConfig;
  entries: number;
  excluded: number;
  denominator: number;
  inLedger: number;
  exitedByCriteria: number;
  exitedByOverride: number;
  exitRate: number | null;
  exitRateWithOverrides: number | null;
  targets: TargetProgressView[];
  /** The entries still IN_LEDGER, oldest first. */
  holdingBackEntries: LedgerEntryEntity[];
  subregions: LedgerProgressView[];
}
