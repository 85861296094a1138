const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const SCALARS = 'scalar USCC\nscalar RegionCode\nscalar DateTime\nscalar Date';

/** Three small subgraphs with the real names, scalars and hub entity, for the gateway's tests. */
export const testSubgraphSdl = {
  institutions: `${LINK}
${SCALARS}
type Query {
  marketEntity(uscc: USCC!): MarketEntity!
  institutions(filter: InstitutionFilter, usccs: [USCC!], first: Int = 20): [Institution!]!
}
type Mutation {
  registerInstitution(input: RegisterInstitutionInput!): Institution!
}
input InstitutionFilter {
  regions: [RegionCode!]
  registeredSince: Date
  statuses: [BusinessStatus!]
}
enum BusinessStatus {
  OPERATING
  BANKRUPTCY
}
input RegisterInstitutionInput {
  uscc: USCC!
  name: String!
  region: RegionCode!
  representatives: [RepresentativeInput!]
}
input RepresentativeInput {
  name: String!
  since: DateTime!
}
type MarketEntity @key(fields: "uscc") {
  uscc: USCC!
  institution: Institution
}
type Institution @key(fields: "uscc") {
  uscc: USCC!
  name: String!
  region: RegionCode!
}`,
  records: `${LINK}
${SCALARS}
type Query {
  dishonestyRecord(id: ID!): DishonestyRecord
}
type MarketEntity @key(fields: "uscc") {
  uscc: USCC!
  records: [DishonestyRecord!]
}
type DishonestyRecord @key(fields: "id") {
  id: ID!
  kind: String!
}`,
  complaints: `${LINK}
${SCALARS}
type Query {
  complaintStatus(trackingNumber: String!, token: String!): String
}
type Mutation {
  submitComplaint(idempotencyKey: String!, content: String!): String!
}
type MarketEntity @key(fields: "uscc") {
  uscc: USCC!
  complaintCount: Int
}`,
};

export type TestSubgraphName = keyof typeof testSubgraphSdl;
