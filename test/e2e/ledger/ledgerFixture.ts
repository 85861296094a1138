import { ComplaintEntity } from '../../../subgraphs/complaints/entities/ComplaintEntity';
import type { Identity } from '../../../subgraphs/kit/identity/identity';
import type { GraphQLResponse } from '../../support/startTestSubgraph';
import type { TestSystem } from '../../support/startTestSystem';

export type Caller = Omit<Identity, 'clientAddress'>;

export const users = {
  national: { role: 'NATIONAL_REGULATOR', subject: 'ndrc-ledger' },
  furong: { role: 'LEAD_UNIT', subject: 'furong-lead', region: '430102' },
  hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead', region: '430000' },
  beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead', region: '110000' },
  court: { role: 'COURT', subject: 'furong-court', court: '湘0102' },
  industry: { role: 'INDUSTRY_REGULATOR', subject: 'furong-amr', region: '430102', sector: '市场监管' },
  service: { role: 'SERVICE', subject: 'service:progress', service: 'progress' },
} satisfies Record<string, Caller>;

export const shanghai = (local: string) => new Date(`${local}+08:00`);
export const codes = (result: GraphQLResponse<unknown>) => result.errors?.map((error) => error.extensions?.code);

export const ENTRY_FIELDS = `id region status exclusionReason exitedAt exitKind exitReason remarks responsibleUnit recordCount targets subject { uscc }
  measures { interviewUnits correctedAndFulfilled commitmentCollected recordsRepaired recordsToRepair keySupervision { grade } }
  exitCheck { allowed criteria { code met description record { id } } }`;

export interface Criterion { code: string; met: boolean; description: string; record: { id: string } | null }
export interface Entry {
  id: string; region: string; status: string; exclusionReason: string | null; exitedAt: string | null; exitKind: string | null; exitReason: string | null;
  remarks: string | null; responsibleUnit: string | null; recordCount: number; targets: string[]; subject: { uscc: string };
  measures: { interviewUnits: string[]; correctedAndFulfilled: boolean; commitmentCollected: boolean | null; recordsRepaired: number; recordsToRepair: number; keySupervision: null };
  exitCheck: { allowed: boolean; criteria: Criterion[] };
}

export interface Unmet { code: string; recordId: string | null; description: string }

/** The workflows of the four agencies as their users drive them through the gateway. */
export function ledgerDriver(system: TestSystem) {
  let serial = 1;
  const ask = <T,>(caller: Caller, query: string, variables?: Record<string, unknown>) => system.query<T>(query, variables, { as: caller });
  const ok = async <T,>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await ask<T>(caller, query, variables);
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error('no data');
    return result.data;
  };

  return {
    ask,
    ok,
    async record(input: { uscc: string; kind: string; region?: string; severity?: string; decidedAt?: string; name?: string }): Promise<string> {
      const number = serial++;
      const list = input.kind === 'SERIOUS_DISHONESTY_LIST';
      const documented = list || input.kind === 'ADMINISTRATIVE_PENALTY';
      const data = await ok<{ recordDishonesty: { id: string } }>(users.national, 'mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id } }', { input: {
        subjectUscc: input.uscc, subjectName: input.name ?? '湖南台账测试信用服务有限公司', region: input.region ?? '430102', kind: input.kind, severity: input.severity,
        authority: list ? '长沙市芙蓉区人民法院' : '长沙市芙蓉区市场监督管理局',
        documentNumber: documented ? (list ? `（2021）湘0102执${number}号` : `芙市监罚〔2021〕${number}号`) : null,
        decidedAt: input.decidedAt ?? '2021-03-01', summary: '台账测试记录',
      } });
      return data.recordDishonesty.id;
    },
    async register(uscc: string, legalRepresentative = '王台账', region = '430102'): Promise<void> {
      await ok(users.national, 'mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }', { input: {
        uscc, name: '湖南台账测试信用服务有限公司', legalRepresentative, region,
      } });
    },
    async signAndPublish(uscc: string, legalRepresentative = '王台账'): Promise<void> {
      await ok({ role: 'INSTITUTION', subject: `${uscc}-admin`, uscc }, 'mutation ($uscc: USCC!, $name: String!) { signCommitment(uscc: $uscc, input: { text: "本机构及法定代表人郑重承诺：依法依规开展信用服务。", legalRepresentative: $name }) { id } }', { uscc, name: legalRepresentative });
      await ok(users.furong, 'mutation ($uscc: USCC!) { publishCommitment(uscc: $uscc) { id } }', { uscc });
    },
    async interview(uscc: string, units: string[], conductedAt = '2021-04-01'): Promise<void> {
      await ok(users.furong, 'mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }', { input: {
        subjectUscc: uscc, region: '430102', units, conductedAt, summary: '约谈，督促整改。',
      } });
    },
    async businessStatus(uscc: string, status: string, reason: string | null): Promise<void> {
      await ok(users.national, 'mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc } }', { uscc, status, reason });
    },
    /** Applies for repair with the documents a penalty needs; returns the case id. */
    async applyForRepair(recordId: string, uscc: string): Promise<string> {
      const data = await ok<{ applyForRepair: { id: string } }>({ role: 'INSTITUTION', subject: `${uscc}-admin`, uscc }, 'mutation ($input: ApplyForRepairInput!) { applyForRepair(input: $input) { id } }', { input: {
        recordId, statement: '已缴清罚款并完成整改，申请信用修复。',
        documents: [{ kind: 'COMMITMENT_LETTER', reference: '湘诚承〔2021〕1号' }, { kind: 'PROOF_OF_CORRECTION', reference: '缴款书 430102' }],
      } });
      return data.applyForRepair.id;
    },
    /** The court confirms `kind` on the case. */
    async courtConfirms(caseId: string, kind: string): Promise<void> {
      const requested = await ok<{ requestConfirmation: { id: string } }>(users.furong, 'mutation ($input: RequestConfirmationInput!) { requestConfirmation(input: $input) { id } }', { input: {
        repairCaseId: caseId, authority: '湘0102', authorityKind: 'COURT', caseNumber: `(2021)湘0102执${serial++}号`, kind,
      } });
      await ok(users.court, 'mutation ($input: AnswerConfirmationInput!) { answerConfirmation(input: $input) { id } }', { input: {
        requestId: requested.requestConfirmation.id, answer: 'CONFIRMED', document: '（2021）湘0102执结字第1号', note: '经核实',
      } });
    },
    async approveRepair(caseId: string): Promise<void> {
      await ok(users.furong, 'mutation ($id: ID!) { decideRepair(repairCaseId: $id, approve: true, note: "材料齐全，准予修复。") { id status } }', { id: caseId });
    },
    /** A complaint submitted by the public about `uscc` in the lead unit's region and accepted (an impersonation clue is then collected); returns its id. */
    async acceptedComplaint(uscc: string, category: string, content = '自称信用服务机构，收费删除失信记录。'): Promise<string> {
      const key = `ledger-complaint-${serial++}`;
      const data = await ok<{ submitComplaint: { trackingNumber: string } }>(users.furong, 'mutation ($input: SubmitComplaintInput!, $key: String!) { submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber } }', {
        key, input: { category, region: '430102', subjectUscc: uscc, subjectName: '长沙某信用修复有限公司', content, complainant: { name: '张三', phone: '13800138000' } },
      });
      const complaint = await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ trackingNumber: data.submitComplaint.trackingNumber });
      await ok(users.furong, 'mutation ($id: ID!) { acceptComplaint(id: $id) { id } }', { id: String(complaint.id) });
      return String(complaint.id);
    },
    /** Concludes an accepted complaint as published dishonesty of `severity` (a serious one enters the ledger). */
    async publishedAsDishonesty(complaintId: string, severity: string): Promise<void> {
      await ok(users.furong, 'mutation ($id: ID!, $input: ConcludeComplaintInput!) { concludeComplaint(id: $id, input: $input) { id } }', {
        id: complaintId, input: { outcome: 'PUBLISHED_AS_DISHONESTY', severity, conclusion: '经查属实，情节严重。' },
      });
    },
    /** The collected clues about `uscc` not yet in a warning letter. */
    async unsentClues(uscc: string): Promise<string[]> {
      const data = await ok<{ marketEntity: { impersonationClues: { id: string; collected: boolean; warningLetter: { id: string } | null }[] } }>(users.furong,
        'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { impersonationClues { id collected warningLetter { id } } } }', { uscc });
      return data.marketEntity.impersonationClues.filter((clue) => clue.collected && !clue.warningLetter).map((clue) => clue.id);
    },
    async warningLetter(clueIds: string[]): Promise<void> {
      await ok(users.furong, 'mutation ($input: IssueWarningLetterInput!) { issueWarningLetter(input: $input) { id } }', { input: {
        documentNumber: `芙信用函〔2021〕${serial++}号`, issuingUnit: '长沙市芙蓉区社会信用体系建设牵头单位', recipient: '长沙市芙蓉区市场监督管理局',
        recipientRegion: '430102', sector: '市场监管', contactName: '林晓', contactPhone: '0731-84822207', clueIds,
      } });
    },
    async screen(region = '430102', caller: Caller = users.furong) {
      return ok<{ screenLedger: { entries: number; added: number; excluded: number; addedEntries: { id: string; subject: { uscc: string } }[]; exclusions: { entry: { id: string; subject: { uscc: string } }; reason: string }[] } }>(
        caller,
        'mutation ($region: RegionCode!) { screenLedger(region: $region) { region entries added excluded addedEntries { id subject { uscc } } exclusions { entry { id subject { uscc } } reason } } }',
        { region },
      );
    },
    async entryOf(uscc: string, region = '430102', caller: Caller = users.furong): Promise<Entry> {
      const data = await ok<{ governanceLedger: { nodes: Entry[] } }>(caller, `query ($region: RegionCode!) { governanceLedger(region: $region, first: 200) { nodes { ${ENTRY_FIELDS} } } }`, { region });
      const entry = data.governanceLedger.nodes.find((node) => node.subject.uscc === uscc);
      if (!entry) throw new Error(`no entry of ${uscc} in ${region}`);
      return entry;
    },
    decide(entryId: string, options: { override?: boolean; reason?: string | null; caller?: Caller } = {}) {
      return ask<{ decideLedgerExit: { id: string; status: string; exitKind: string | null; exitReason: string | null } | null }>(
        options.caller ?? users.furong,
        'mutation ($id: ID!, $override: Boolean, $reason: String) { decideLedgerExit(entryId: $id, override: $override, reason: $reason) { id status exitKind exitReason exitedAt } }',
        { id: entryId, override: options.override ?? false, reason: options.reason ?? null },
      );
    },
  };
}

/** The unmet criteria of a refused exit, as the client gets them. */
export function unmetOf(result: GraphQLResponse<unknown>): Unmet[] {
  const error = result.errors?.[0];
  expect(error?.extensions?.code).toBe('CONFLICT');
  const unmet = error?.extensions?.unmetCriteria;
  if (!Array.isArray(unmet)) throw new Error('no unmetCriteria');
  return unmet.map((item: Unmet) => ({ code: item.code, recordId: item.recordId, description: item.description }));
}
