import { demoEntities, demoRecordIds } from '../../subgraphs/kit/demo/demoCast';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const ENTITY_QUESTION = `query Entity($uscc: USCC!) {
  marketEntity(uscc: $uscc) {
    uscc
    institution {
      name region businessStatus
      disclosure { version products { name feeStandards { item priceYuan unit } } }
      commitment { published current legalRepresentative }
    }
    commitmentPublished
    dishonestyRecords(first: 20) {
      totalCount
      nodes {
        id kind status documentNumber
        repair { status decisionDueAt confirmationRequests { authority caseNumber kind status } }
      }
    }
    complaintCount
    complaints(first: 20) { totalCount nodes { trackingNumber category status } }
    allCluesSentOn
  }
}`;

interface EntityAnswer {
  marketEntity: {
    uscc: string;
    institution: null | {
      name: string;
      region: string;
      businessStatus: string;
      disclosure: { version: number; products: { name: string; feeStandards: { item: string }[] }[] } | null;
      commitment: { published: boolean; current: boolean; legalRepresentative: string } | null;
    };
    commitmentPublished: boolean;
    dishonestyRecords: {
      totalCount: number;
      nodes: {
        id: string;
        kind: string;
        status: string;
        documentNumber: string | null;
        repair: null | { status: string; decisionDueAt: string; confirmationRequests: { authority: string; caseNumber: string | null; kind: string; status: string }[] };
      }[];
    };
    complaintCount: number;
    complaints: { totalCount: number; nodes: { trackingNumber: string; category: string; status: string }[] };
    allCluesSentOn: boolean;
  };
}

const REGION_QUESTION = `query Region($region: RegionCode!, $first: Int, $after: String) {
  governanceLedger(region: $region, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      region status
      subject { uscc institution { name } recordCount activeRecordCount openRepairCaseCount complaintCount }
    }
  }
}`;

interface RegionAnswer {
  governanceLedger: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      region: string;
      status: string;
      subject: { uscc: string; institution: { name: string } | null; recordCount: number; activeRecordCount: number; openRepairCaseCount: number; complaintCount: number };
    }[];
  };
}

describe.each(testDrivers())('cross-agency questions through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver, { demo: true });
  });

  afterAll(async () => {
    await system.close();
  });

  it('answers for a registered institution: disclosure, commitment, records with their repair cases and confirmation requests, complaints', async () => {
    const { changshaCredit } = demoEntities;
    const result = await system.query<EntityAnswer>(ENTITY_QUESTION, { uscc: changshaCredit.uscc });
    expect(result.errors).toBeUndefined();
    const entity = result.data!.marketEntity;
    expect(entity.institution).toMatchObject({ name: changshaCredit.name, region: changshaCredit.region, businessStatus: 'OPERATING' });
    expect(entity.institution?.disclosure?.products.map((p) => p.name)).toEqual(['企业信用报告', '信用评价']);
    expect(entity.institution?.commitment).toEqual({ published: true, current: true, legalRepresentative: changshaCredit.legalRepresentative });
    expect(entity.commitmentPublished).toBe(true);

    const byId = new Map(entity.dishonestyRecords.nodes.map((record) => [Number(record.id), record]));
    expect(byId.get(demoRecordIds.changshaPenalty)).toMatchObject({ kind: 'ADMINISTRATIVE_PENALTY', repair: { status: 'APPROVED' } });
    const listEntry = byId.get(demoRecordIds.changshaListEntry);
    expect(listEntry).toMatchObject({ kind: 'SERIOUS_DISHONESTY_LIST', repair: { status: 'AWAITING_CONFIRMATION' } });
    expect(listEntry?.repair?.confirmationRequests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ authority: '湘0102', kind: 'SETTLEMENT_REACHED', status: 'CONFIRMED' }),
        expect.objectContaining({ authority: '湘0102', kind: 'SETTLEMENT_PERFORMED', status: 'PENDING' }),
      ]),
    );
    expect(entity.dishonestyRecords.totalCount).toBe(entity.dishonestyRecords.nodes.length);
    expect(entity.complaintCount).toBeGreaterThan(0);
    expect(entity.complaints.totalCount).toBe(entity.complaintCount);
  });

  it('answers for an unregistered USCC (an impersonator): records and complaints, institution null, no errors', async () => {
    const { shenzhenImpersonator } = demoEntities;
    const result = await system.query<EntityAnswer>(ENTITY_QUESTION, { uscc: shenzhenImpersonator.uscc });
    expect(result.errors).toBeUndefined();
    const entity = result.data!.marketEntity;
    expect(entity.institution).toBeNull();
    expect(entity.commitmentPublished).toBe(false);
    const kinds = new Set(entity.dishonestyRecords.nodes.map((record) => record.kind));
    expect([...kinds]).toEqual(['IMPERSONATION_CLUE']);
    expect(entity.dishonestyRecords.nodes.map((record) => record.status).sort()).toEqual(['ACTIVE', 'REFUTED']);
    expect(entity.complaintCount).toBeGreaterThan(0);
    expect(entity.allCluesSentOn).toBe(false);
  });

  it('answers for a USCC no agency knows: an empty entity, no errors', async () => {
    const result = await system.query<EntityAnswer>(ENTITY_QUESTION, { uscc: uscc('91350100MA2Y00011') });
    expect(result.errors).toBeUndefined();
    expect(result.data?.marketEntity).toMatchObject({
      institution: null,
      commitmentPublished: false,
      dishonestyRecords: { totalCount: 0, nodes: [] },
      complaintCount: 0,
      allCluesSentOn: true,
    });
  });

  it("lists a region's ledger with each entity's record counts, open repair cases and complaint counts, page by page", async () => {
    const seen: RegionAnswer['governanceLedger']['nodes'] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Awaited<ReturnType<typeof system.query<RegionAnswer>>> = await system.query<RegionAnswer>(REGION_QUESTION, { region: '430000', first: 2, after });
      expect(page.errors).toBeUndefined();
      const ledger = page.data!.governanceLedger;
      total = ledger.totalCount;
      seen.push(...ledger.nodes);
      if (!ledger.pageInfo.hasNextPage) break;
      after = ledger.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(seen.every((entry) => entry.region.startsWith('43'))).toBe(true);
    const changsha = seen.find((entry) => entry.subject.uscc === demoEntities.changshaCredit.uscc);
    expect(changsha).toMatchObject({
      status: 'IN_LEDGER',
      subject: { institution: { name: demoEntities.changshaCredit.name }, recordCount: 2, openRepairCaseCount: 1 },
    });
    expect(changsha?.subject.complaintCount).toBeGreaterThan(0);
    expect(seen.map((entry) => entry.status).sort()).toEqual(['EXCLUDED', 'EXITED', 'IN_LEDGER']);
  });

  it('keeps one province out of another: a Beijing ledger has no Hunan entity', async () => {
    const result = await system.query<RegionAnswer>(REGION_QUESTION, { region: '110000', first: 50 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.governanceLedger.nodes.map((entry) => entry.subject.uscc)).toEqual([demoEntities.beijingRating.uscc]);
  });
});
