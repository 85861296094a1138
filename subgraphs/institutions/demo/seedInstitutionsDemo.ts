import type { DataSource } from 'typeorm';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { CommitmentEntity } from '../entities/CommitmentEntity';
import { DisclosureEntity } from '../entities/DisclosureEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';
import type { BusinessStatus } from '../generated/resolversTypes';

const { shenzhenImpersonator: _notRegistered, ...registered } = demoEntities;

const statusByUscc = new Map<string, [BusinessStatus, string]>([
  [registered.shanghaiBankrupt.uscc, ['BANKRUPTCY', '上海市第三中级人民法院裁定受理破产清算申请']],
  [registered.changshaLost.uscc, ['ABNORMAL_LOST_CONTACT', '通过登记的住所或者经营场所无法联系，列入经营异常名录']],
  [registered.wuhanClosed.uscc, ['DEREGISTERED', '已办理注销登记']],
  [registered.hangzhouRevoked.uscc, ['REVOKED', '被吊销营业执照']],
]);

const COMMITMENT_TEXT = '本机构及法定代表人郑重承诺：依法依规开展信用服务，公示信息真实准确，自觉接受社会监督。';

/**
 * 湖南守信 changed its legal representative (to demoCast's, the current one) after signing its
 * commitment: the commitment, signed by the former one, is no longer current, and the disclosure
 * was published again (version 2) noting the change. The disclosures do not name the legal
 * representative: that name is personal data, masked for the public (docs/authorization.md).
 */
const representativeChange = { entity: registered.changshaClean, former: '钱勇', changedOn: '2021-05-10' };

const basicInfo = (name: string) => `${name}，从事企业征信及信用评价服务。`;

/**
 * Registers every demo entity but the impersonator, in every business status, with disclosures
 * (one in two versions) and commitments (published, unpublished, no longer current). Idempotent.
 */
export async function seedInstitutionsDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (await manager.count(InstitutionEntity)) return;
    for (const entity of Object.values(registered)) {
      const [businessStatus, businessStatusReason] = statusByUscc.get(entity.uscc) ?? ['OPERATING', null];
      await manager.save(manager.create(InstitutionEntity, {
        ...entity, industryCode: '7295', businessStatus, businessStatusReason, registeredAt: demoDay('2019-03-01'),
      }));
    }
    const published = [registered.changshaCredit, registered.beijingRating, registered.changshaClean, registered.changshaExited];
    const products = [
      { name: '企业信用报告', description: '基于公共信用信息的企业信用报告', feeStandards: [{ item: '标准版', priceYuan: '200.00', unit: '每份' }, { item: '深度版', priceYuan: '800.00', unit: '每份' }] },
      { name: '信用评价', description: null, feeStandards: [{ item: '主体信用评价', priceYuan: '5000.00', unit: '每次' }] },
    ];
    const representativeOn = (entity: { uscc: string; legalRepresentative: string }) =>
      entity.uscc === representativeChange.entity.uscc ? representativeChange.former : entity.legalRepresentative;
    for (const entity of published) {
      await manager.save(manager.create(DisclosureEntity, {
        uscc: entity.uscc, version: 1, basicInfo: basicInfo(entity.name), products, otherInfo: null, publishedAt: demoDay('2021-02-20'),
      }));
    }
    const { entity: changed, changedOn } = representativeChange;
    await manager.save(manager.create(DisclosureEntity, {
      uscc: changed.uscc, version: 2, basicInfo: basicInfo(changed.name), products,
      otherInfo: `${changedOn}变更法定代表人。`, publishedAt: demoDay(changedOn),
    }));
    for (const entity of [registered.changshaCredit, registered.changshaClean, registered.changshaExited]) {
      await manager.save(manager.create(CommitmentEntity, {
        uscc: entity.uscc, text: COMMITMENT_TEXT, legalRepresentative: representativeOn(entity),
        signedAt: demoDay('2021-03-01'), publishedAt: demoDay('2021-03-02'),
      }));
    }
    await manager.save(manager.create(CommitmentEntity, {
      uscc: registered.beijingRating.uscc, text: COMMITMENT_TEXT, legalRepresentative: registered.beijingRating.legalRepresentative,
      signedAt: demoDay('2021-04-06'), publishedAt: null,
    }));
  });
}
