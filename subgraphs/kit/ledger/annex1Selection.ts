/**
 * What a ledger entry must answer to fill its row of Annex 1 (seed, 附件1), in the contract's
 * field names. Shared by the export (gateway) and the monthly report (records), so that the two
 * show an entry the same way.
 */
export const ANNEX1_ENTRY_FRAGMENT = /* GraphQL */ `
  fragment Annex1Entry on LedgerEntry {
    id
    subject {
      uscc
    }
    subjectName
    recordCount
    status
    exclusionReason
    exitKind
    measures {
      interviewUnits
      correctedAndFulfilled
      commitmentCollected
      recordsRepaired
      recordsToRepair
      keySupervision {
        grade
        businessSuspended
      }
    }
    remarks
    responsibleUnit
  }
`;

/** One page of a region's ledger (now, or as it stood at the end of `period`), with the Annex 1 fields of each entry. */
export const ANNEX1_LEDGER_QUERY = /* GraphQL */ `
  query Annex1Ledger($region: RegionCode!, $period: String, $first: Int, $after: String) {
    governanceLedger(region: $region, period: $period, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...Annex1Entry
      }
    }
  }
  ${ANNEX1_ENTRY_FRAGMENT}
`;

export type Annex1LedgerStatus = 'IN_LEDGER' | 'EXCLUDED' | 'EXITED';
export type Annex1ExitKind = 'CRITERIA_MET' | 'OVERRIDE';

/** The answer to `Annex1Entry` (the GraphQL response shape of the fragment above). */
export interface Annex1LedgerEntry {
  id: string;
  subject: { uscc: string };
  subjectName: string;
  recordCount: number;
  status: Annex1LedgerStatus;
  exclusionReason: string | null;
  exitKind: Annex1ExitKind | null;
  measures: {
    interviewUnits: string[];
    correctedAndFulfilled: boolean;
    commitmentCollected: boolean | null;
    recordsRepaired: number;
    recordsToRepair: number;
    keySupervision: { grade: string; businessSuspended: boolean } | null;
  };
  remarks: string | null;
  responsibleUnit: string | null;
}

/** The answer to `Annex1Ledger`. */
export interface Annex1LedgerPage {
  governanceLedger: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Annex1LedgerEntry[];
  } | null;
}
