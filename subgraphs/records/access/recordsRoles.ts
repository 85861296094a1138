import type { Role } from '../../kit/identity/identity';

/** Who may use each of records' operations at all (docs/authorization.md, records); the scope cuts further. */
export const recordsRoles = {
  /** `dishonestyRecord(id)`, `DishonestyRecord` in `_entities`, the records facts of `MarketEntity`. */
  readRecords: ['NATIONAL_REGULATOR', 'SERVICE', 'LEAD_UNIT', 'INSTITUTION'],
  /** `MarketEntity.dishonestyRecords / ledgerEntries / interviews`: lists, not facts a SERVICE decision reads. */
  readEntityLists: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'],
  /** `dishonestyRecords(filter)`. */
  listRecords: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'],
  /** `governanceLedger(region)`: a service reads it for decisions and snapshots (reports, progress). */
  readLedger: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'SERVICE'],
  /** `ledgerEntry(id)`, `LedgerEntry` in `_entities`: an institution its own entries (what blocks its exit). */
  readLedgerEntry: ['NATIONAL_REGULATOR', 'SERVICE', 'LEAD_UNIT', 'INSTITUTION'],
  /** `recordDishonesty`. */
  recordDishonesty: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `revokeRecord`: the lead unit of the record's region, or the national regulator. */
  revokeRecord: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `recordInterview`. */
  recordInterview: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `ledgerCampaign`, `ledgerProgress(region)`: the lead unit in its region and below. */
  readProgress: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'SERVICE'],
  /** `nationalLedgerProgress`. */
  readNationalProgress: ['NATIONAL_REGULATOR'],
  /** `riskWarningCandidates(region)`. */
  readRiskWarningCandidates: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `placeUnderKeySupervision`, `liftKeySupervision`: the lead unit of the entry's region. */
  superviseEntry: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `sendRiskWarning`: the lead unit of the entries' region. */
  sendRiskWarning: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `decideLedgerExit`, `screenLedger`, `updateLedgerEntry`: the lead unit of the entry's (the screened) region. */
  manageLedger: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `submitLedgerReport`: a lead unit reports its own region; the national regulator receives reports. */
  submitLedgerReport: ['LEAD_UNIT'],
  /** `ledgerReports`, `ledgerReport(id)`, `missingLedgerReports`. */
  readLedgerReports: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
} as const satisfies Record<string, readonly Role[]>;
