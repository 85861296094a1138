import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for each subgraph, generated from its SDL (schema/<name>.graphql):
 * `federation: true` adds __resolveReference; mappers point each GraphQL type at the entity
 * (or reference) its resolvers receive; every custom scalar is mapped.
 * `npm run codegen` writes them; `npm run codegen:check` fails when they are stale.
 */
const scalars = {
  USCC: 'string',
  RegionCode: 'string',
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: 'string',
  _FieldSet: 'string',
};

const connection = (entity: string) => `import('../../kit/pagination/connection').Connection<${entity}>`;

const mappersBySubgraph: Record<string, Record<string, string>> = {
  institutions: {
    MarketEntity: '../../kit/server/context#MarketEntityRef',
    AuditEntry: '../../kit/audit/AuditEntryEntity#AuditEntryEntity',
    InstitutionsAuditLogConnection: connection("import('../../kit/audit/AuditEntryEntity').AuditEntryEntity"),
    Institution: '../entities/InstitutionEntity#InstitutionEntity',
    Disclosure: '../entities/DisclosureEntity#DisclosureEntity',
    CreditCommitment: '../entities/CommitmentEntity#CommitmentEntity',
    BusinessStatusChange: '../entities/BusinessStatusChangeEntity#BusinessStatusChangeEntity',
    InstitutionConnection: connection("import('../entities/InstitutionEntity').InstitutionEntity"),
  },
  records: {
    MarketEntity: '../../kit/server/context#MarketEntityRef',
    AuditEntry: '../../kit/audit/AuditEntryEntity#AuditEntryEntity',
    RecordsAuditLogConnection: connection("import('../../kit/audit/AuditEntryEntity').AuditEntryEntity"),
    DishonestyRecord: '../entities/DishonestyRecordEntity#DishonestyRecordEntity',
    Interview: '../entities/InterviewEntity#InterviewEntity',
    LedgerEntry: '../store/LedgerEntryView#LedgerEntryView',
    DishonestyRecordConnection: connection("import('../entities/DishonestyRecordEntity').DishonestyRecordEntity"),
    LedgerEntryConnection: connection("import('../store/LedgerEntryView').LedgerEntryView"),
    KeySupervision: '../entities/KeySupervisionEntity#KeySupervisionEntity',
    RiskWarning: '../entities/RiskWarningEntity#RiskWarningEntity',
    RiskWarningCandidate: '../progress/RiskWarningCandidateView#RiskWarningCandidateView',
    LedgerProgress: '../progress/LedgerProgressView#LedgerProgressView',
    LedgerCampaign: '../config/ledgerCampaign#CampaignConfig',
    CampaignTarget: '../config/ledgerCampaign#CampaignTargetConfig',
    LedgerMeasures: '../store/ledgerMeasures#LedgerMeasuresView',
    ExitCriterion: '../ledger/exitCriteria#ExitCriterionView',
    LedgerReport: '../entities/LedgerReportEntity#LedgerReportEntity',
    LedgerReportConnection: connection("import('../entities/LedgerReportEntity').LedgerReportEntity"),
    LedgerReportRow: '../entities/LedgerReportRowEntity#LedgerReportRowEntity',
    LedgerReportRowConnection: connection("import('../entities/LedgerReportRowEntity').LedgerReportRowEntity"),
  },
  complaints: {
    MarketEntity: '../../kit/server/context#MarketEntityRef',
    AuditEntry: '../../kit/audit/AuditEntryEntity#AuditEntryEntity',
    ComplaintsAuditLogConnection: connection("import('../../kit/audit/AuditEntryEntity').AuditEntryEntity"),
    Complaint: '../entities/ComplaintEntity#ComplaintEntity',
    ComplaintStatusView: '../entities/ComplaintEntity#ComplaintEntity',
    ComplaintEvent: '../entities/ComplaintEventEntity#ComplaintEventEntity',
    ImpersonationClue: '../entities/ClueEntity#ClueEntity',
    WarningLetter: '../entities/WarningLetterEntity#WarningLetterEntity',
    LetterFeedback: '../entities/LetterFeedbackEntity#LetterFeedbackEntity',
    DishonestyRecord: '../../kit/server/context#RecordRef',
    ComplaintConnection: connection("import('../entities/ComplaintEntity').ComplaintEntity"),
    WarningLetterConnection: connection("import('../entities/WarningLetterEntity').WarningLetterEntity"),
    RecordsWrite: '../entities/OutboxEntity#OutboxEntity',
    RecordsWriteConnection: connection("import('../entities/OutboxEntity').OutboxEntity"),
  },
  repair: {
    MarketEntity: '../../kit/server/context#MarketEntityRef',
    AuditEntry: '../../kit/audit/AuditEntryEntity#AuditEntryEntity',
    RepairAuditLogConnection: connection("import('../../kit/audit/AuditEntryEntity').AuditEntryEntity"),
    DishonestyRecord: '../../kit/server/context#RecordRef',
    RepairCase: '../entities/RepairCaseEntity#RepairCaseEntity',
    ConfirmationRequest: '../entities/ConfirmationRequestEntity#ConfirmationRequestEntity',
    RepairDocument: '../entities/RepairDocumentEntity#RepairDocumentEntity',
    RepairCaseConnection: connection("import('../entities/RepairCaseEntity').RepairCaseEntity"),
    ConfirmationRequestConnection: connection("import('../entities/ConfirmationRequestEntity').ConfirmationRequestEntity"),
  },
};

const contextTypes: Record<string, string> = {
  institutions: '../context#InstitutionsContext',
  records: '../context#RecordsContext',
  complaints: '../context#ComplaintsContext',
  repair: '../context#RepairContext',
};

const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: Object.fromEntries(
    Object.entries(mappersBySubgraph).map(([name, mappers]) => [
      `subgraphs/${name}/generated/resolversTypes.ts`,
      {
        schema: `schema/${name}.graphql`,
        plugins: [{ add: { content: '/* Generated by graphql-codegen from schema/' + name + '.graphql: do not edit, run `npm run codegen`. */' } }, 'typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: contextTypes[name],
          mappers,
          scalars,
          strictScalars: true,
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          maybeValue: 'T | null',
          inputMaybeValue: 'T | null | undefined',
        },
      },
    ]),
  ),
};

export default config;
