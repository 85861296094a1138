import type { DataSource } from 'typeorm';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { BusinessStatusChangeEntity } from '../entities/BusinessStatusChangeEntity';
import { CommitmentEntity } from '../entities/CommitmentEntity';
import { DisclosureEntity } from '../entities/DisclosureEntity';
import { InstitutionContactEntity } from '../entities/InstitutionContactEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';
import type { BusinessStatus, RegistrationChannel } from '../generated/resolversTypes';
import { validateContacts } from '../inputs/validateContacts';

const { shenzhenImpersonator: _notRegistered, ...registered } = demoEntities;

/** The non-operating institutions: status, reason, the day it changed, and the account of the lead unit that recorded it. */
const statusByUscc = new Map<string, [BusinessStatus, string, string, string]>([
  [registered.shanghaiBankrupt.uscc, ['BANKRUPTCY', '上海市第三中级人民法院裁定受理破产清算申请', '2021-02-25', 'shanghai-lead-1']],
  [registered.changshaLost.uscc, ['ABNORMAL_LOST_CONTACT', '通过登记的住所或者经营场所无法联系，列入经营异常名录', '2021-03-15', 'changsha-lead-1']],
  [registered.wuhanClosed.uscc, ['DEREGISTERED', '已办理注销登记', '2021-06-08', 'wuhan-lead-1']],
  [registered.hangzhouRevoked.uscc, ['REVOKED', '被吊销营业执照', '2021-05-12', 'hangzhou-lead-1']],
]);

/** Who registered each: the local lead units, one by the national regulator, one by itself (measure 4). */
const registrationByUscc = new Map<string, [RegistrationChannel, string]>([
  [registered.changshaCredit.uscc, ['LEAD_UNIT', 'furong-lead-1']],
  [registered.beijingRating.uscc, ['NATIONAL_REGULATOR', 'ndrc-finance-1']],
  [registered.changshaExited.uscc, ['SELF_REGISTERED', 'changsha-exited-admin']],
]);

/** Websites and phone numbers, written as people write them (the directory finds them in any such form). */
const contactsByUscc = new Map<string, [string[], string[]]>([
  [registered.changshaCredit.uscc, [['https://www.hncx-credit.example/'], ['0731-8482 2207', '400-800-1234']]],
  [registered.beijingRating.uscc, [['http://xinda-rating.example'], ['010-6850 2300']]],
  [registered.changshaClean.uscc, [['www.hnsx-pingjia.example'], ['0731 8888 6666']]],
  [registered.changshaExited.uscc, [['https://hnxc-credit.example/'], ['+86 731 8123 4567']]],
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
 * Registers every demo entity but the impersonator, through every channel (a lead unit, the
 * national regulator, self-registration), in every business status with its history, with
 * websites and phones, disclosures (one in two versions) and commitments (published, unpublished,
 * no longer current since the legal representative changed). Idempotent.
 */
export async function seedInstitutionsDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (await manager.count(InstitutionEntity)) return;
    for (const entity of Object.values(registered)) {
      const [registeredVia, registeredBy] = registrationByUscc.get(entity.uscc) ?? ['LEAD_UNIT', 'local-lead-unit'];
      const change = statusByUscc.get(entity.uscc);
      await manager.save(manager.create(InstitutionEntity, {
        ...entity, industryCode: '7295', businessStatus: change?.[0] ?? 'OPERATING', businessStatusReason: change?.[1] ?? null,
        businessStatusChangedAt: change ? demoDay(change[2]) : null, registeredAt: demoDay('2019-03-01'), registeredVia, registeredBy,
      }));
      if (change) {
        await manager.insert(BusinessStatusChangeEntity, {
          uscc: entity.uscc, previousStatus: 'OPERATING', status: change[0], reason: change[1], changedBy: change[3], changedAt: demoDay(change[2]),
        });
      }
      const [websites, phones] = contactsByUscc.get(entity.uscc) ?? [[], []];
      const contacts = validateContacts('demo', websites, phones);
      if (contacts.length) await manager.insert(InstitutionContactEntity, contacts.map((contact) => ({ ...contact, uscc: entity.uscc })));
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
      const changed = entity.uscc === representativeChange.entity.uscc;
      await manager.save(manager.create(CommitmentEntity, {
        uscc: entity.uscc, text: COMMITMENT_TEXT, legalRepresentative: representativeOn(entity),
        signedAt: demoDay('2021-03-01'), publishedAt: demoDay('2021-03-02'),
        supersededAt: changed ? demoDay(representativeChange.changedOn) : null,
        supersededReason: changed ? '法定代表人变更：股东会决议更换法定代表人' : null,
      }));
    }
    await manager.save(manager.create(CommitmentEntity, {
      uscc: registered.beijingRating.uscc, text: COMMITMENT_TEXT, legalRepresentative: registered.beijingRating.legalRepresentative,
      signedAt: demoDay('2021-04-06'), publishedAt: null, supersededAt: null, supersededReason: null,
    }));
  });
}
