import type { Annex1Row } from './annex1Rows';

/**
 * One page of a submitted monthly report's rows (records' `ledgerReport`): the Annex 1 rows as
 * they were reported, already in the user's words (written with `annex1Rows` at submission).
 */
export const ANNEX1_REPORT_QUERY = /* GraphQL */ `
  query Annex1Report($id: ID!, $first: Int, $after: String) {
    ledgerReport(id: $id) {
      region
      period
      version
      submittedAt
      rows(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          serial
          subjectName
          uscc
          recordCount
          interview
          correction
          commitment
          repair
          keySupervision
          exited
          remarks
          responsibleUnit
        }
      }
    }
  }
`;

/** The answer to `Annex1Report`. */
export interface Annex1ReportPage {
  ledgerReport: {
    region: string;
    period: string;
    version: number;
    submittedAt: string;
    rows: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Annex1Row[] };
  } | null;
}
