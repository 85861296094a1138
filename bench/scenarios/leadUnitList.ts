import type { Scenario } from './scenario';

const COMPLAINTS = `query RegionComplaints($region: RegionCode!, $first: Int) {
  complaints(filter: { region: $region }, first: $first) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id trackingNumber category status region subjectName submittedAt acceptDueAt overdue
      events { status at note public }
      subject {
        uscc
        institution { name businessStatus commitment { published } }
        dishonestyRecords(first: 5) { totalCount nodes { id kind status } }
        activeRecordCount
        repairCases(first: 5) { totalCount }
      }
    }
  }
}`;

/** (e) A lead unit's list of the 50 newest complaints of its region, each with the subject's facts from the other agencies. */
export const leadUnitList: Scenario = {
  name: 'lead-unit-list',
  title: "A lead unit's list of 50 complaints with nested cross-agency fields",
  caller: (data) => ({ role: 'LEAD_UNIT', subject: `bench-lead-${data.leadUnitRegion}`, region: data.leadUnitRegion }),
  bodies: async ({ data }) => [{ query: COMPLAINTS, variables: { region: data.leadUnitRegion, first: 50 } }],
};
