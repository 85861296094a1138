import { BusinessStatusChangeEntity } from '../../subgraphs/institutions/entities/BusinessStatusChangeEntity';
import { CommitmentEntity } from '../../subgraphs/institutions/entities/CommitmentEntity';
import { DisclosureEntity } from '../../subgraphs/institutions/entities/DisclosureEntity';
import { InstitutionContactEntity } from '../../subgraphs/institutions/entities/InstitutionContactEntity';
import { InstitutionEntity } from '../../subgraphs/institutions/entities/InstitutionEntity';
import type { BusinessStatus, RegistrationChannel, ServiceProduct } from '../../subgraphs/institutions/generated/resolversTypes';
import { normalizedPhone } from '../../subgraphs/institutions/inputs/normalizedPhone';
import { normalizedWebsite } from '../../subgraphs/institutions/inputs/normalizedWebsite';
import { benchTable, type BenchTable } from './benchTable';
import { createBenchRandom, dayOf } from './createBenchRandom';
import type { BenchWorld } from './planBenchWorld';

const COMMITMENT_TEXT = '本机构及法定代表人郑重承诺：依法依规开展信用服务，公示信息真实准确，自觉接受社会监督。';
const STATUS_REASONS: Record<Exclude<BusinessStatus, 'OPERATING'>, string> = {
  ABNORMAL_LOST_CONTACT: '通过登记的住所或者经营场所无法联系，列入经营异常名录',
  DEREGISTERED: '已办理注销登记',
  BANKRUPTCY: '人民法院裁定受理破产清算申请',
  REVOKED: '被依法吊销营业执照',
};
const PRODUCTS: ServiceProduct[][] = [
  [{ name: '企业信用报告', description: '基础版企业信用报告', feeStandards: [{ item: '企业信用报告', priceYuan: '200.00', unit: '每份报告' }] }],
  [{ name: '信用评级', description: '主体信用评级', feeStandards: [{ item: '主体评级', priceYuan: '30000.00', unit: '每次' }, { item: '跟踪评级', priceYuan: '10000.00', unit: '每年' }] }],
  [{ name: '信用修复咨询', description: null, feeStandards: [{ item: '咨询服务', priceYuan: '500.00', unit: '每小时' }] }],
];

/** The registry: every registered institution with its contacts, status changes, disclosures and commitment. */
export function buildInstitutionsTables(world: BenchWorld, seed: number): BenchTable[] {
  const random = createBenchRandom(seed, 2);
  const institutions: Omit<InstitutionEntity, 'id'>[] = [];
  const contacts: Omit<InstitutionContactEntity, 'id'>[] = [];
  const changes: Omit<BusinessStatusChangeEntity, 'id'>[] = [];
  const disclosures: Omit<DisclosureEntity, 'id'>[] = [];
  const commitments: Omit<CommitmentEntity, 'id'>[] = [];
  for (const entity of world.entities.filter(({ registered }) => registered)) {
    const registeredAt = random.instant(0, 300);
    const changedAt = entity.businessStatus === 'OPERATING' ? null : random.instant(dayOf(registeredAt) + 30, 700);
    institutions.push({
      uscc: entity.uscc, name: entity.name, legalRepresentative: entity.legalRepresentative, region: entity.region, industryCode: '7295',
      businessStatus: entity.businessStatus, businessStatusReason: entity.businessStatus === 'OPERATING' ? null : STATUS_REASONS[entity.businessStatus],
      businessStatusChangedAt: changedAt, registeredAt,
      registeredVia: random.weighted<RegistrationChannel>([['LEAD_UNIT', 6], ['SELF_REGISTERED', 3], ['NATIONAL_REGULATOR', 1]]), registeredBy: `bench-${entity.province}`,
    });
    if (entity.businessStatus !== 'OPERATING' && changedAt) {
      changes.push({ uscc: entity.uscc, previousStatus: 'OPERATING', status: entity.businessStatus, reason: STATUS_REASONS[entity.businessStatus], changedBy: `bench-${entity.province}`, changedAt });
    }
    if (random.chance(0.7)) {
      const website = `https://www.${random.faker.internet.domainWord()}${contacts.length}.example.cn/`;
      contacts.push({ uscc: entity.uscc, kind: 'WEBSITE', value: website, normalized: normalizedWebsite(website) ?? website });
    }
    if (random.chance(0.85)) {
      const phone = `0${random.int(10, 999)}-${random.int(5_000_000, 89_999_999)}`;
      contacts.push({ uscc: entity.uscc, kind: 'PHONE', value: phone, normalized: normalizedPhone(phone) ?? phone });
    }
    if (random.chance(0.85)) {
      const versions = random.chance(0.15) ? 2 : 1;
      for (let version = 1; version <= versions; version += 1) {
        disclosures.push({
          uscc: entity.uscc, version, basicInfo: `${entity.name}，法定代表人${entity.legalRepresentative}，从事${entity.brand}品牌信用服务。`,
          products: random.pick(PRODUCTS), otherInfo: version === 2 ? '更新收费标准' : null, publishedAt: random.instant(dayOf(registeredAt) + version * 20, 720),
        });
      }
    }
    if (random.chance(0.85)) {
      const signedAt = random.instant(dayOf(registeredAt) + 10, 720);
      commitments.push({
        uscc: entity.uscc, text: COMMITMENT_TEXT, legalRepresentative: entity.legalRepresentative, signedAt,
        publishedAt: random.chance(0.9) ? random.instant(dayOf(signedAt), 725) : null, supersededAt: null, supersededReason: null,
      });
    }
  }
  return [
    benchTable('institution', InstitutionEntity, institutions),
    benchTable('institution_contact', InstitutionContactEntity, contacts),
    benchTable('business_status_change', BusinessStatusChangeEntity, changes),
    benchTable('disclosure', DisclosureEntity, disclosures),
    benchTable('credit_commitment', CommitmentEntity, commitments),
  ];
}
