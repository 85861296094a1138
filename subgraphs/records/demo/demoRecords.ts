import { demoAnonymousSubject, demoEntities, demoRecordIds } from '../../kit/demo/demoCast';
import type { LetterFinding, RecordKind, RecordStatus, Severity } from '../generated/resolversTypes';

export interface DemoRecord {
  id?: number;
  subject: { uscc: string; name: string; region: string } | { identifiers: string[]; name: string; region: string };
  kind: RecordKind;
  severity: Severity;
  status: RecordStatus;
  authority: string;
  documentNumber: string | null;
  decidedAt: string;
  publicityEndsAt: string | null;
  summary: string;
  /** For a REVOKED record: the decision that revoked it. */
  revocation?: { reason: string; documentNumber: string; decidedOn: string };
  /** For a clue: the industry regulator's finding. */
  finding?: { finding: LetterFinding; by: string; note: string; on: string };
}

const { changshaCredit, beijingRating, shanghaiBankrupt, changshaLost, wuhanClosed, hangzhouRevoked, changshaExited, shenzhenImpersonator } = demoEntities;
const ids = demoRecordIds;

/**
 * Every kind, status and severity of record, about the demo cast. Statuses are stored as the
 * workflows store them (ACTIVE, REVOKED, REFUTED): a record reads EXPIRED once its publicity
 * ended, so by today's date the 2021 penalties read EXPIRED; the list entry (its court set no
 * end) and the clues (not published) stay ACTIVE.
 */
export const demoRecords: DemoRecord[] = [
  {
    id: ids.changshaPenalty, subject: changshaCredit, kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL', status: 'ACTIVE',
    authority: '长沙市芙蓉区市场监督管理局', documentNumber: '芙市监罚〔2021〕15号', decidedAt: '2021-01-18', publicityEndsAt: '2022-01-18',
    summary: '未公示服务产品收费标准，以“征信洗白”为名进行虚假宣传，罚款人民币五万元。',
  },
  {
    id: ids.changshaListEntry, subject: changshaCredit, kind: 'SERIOUS_DISHONESTY_LIST', severity: 'SERIOUS', status: 'ACTIVE',
    authority: '长沙市芙蓉区人民法院', documentNumber: '（2020）湘0102执1234号', decidedAt: '2021-01-25', publicityEndsAt: null,
    summary: '有履行能力而拒不履行生效法律文书确定的给付义务，被纳入失信被执行人名单。',
  },
  {
    id: ids.beijingFalseDisclosure, subject: beijingRating, kind: 'FALSE_DISCLOSURE', severity: 'SERIOUS', status: 'ACTIVE',
    authority: '北京市朝阳区发展和改革委员会', documentNumber: '朝发改信〔2021〕7号', decidedAt: '2021-05-28', publicityEndsAt: '2022-05-28',
    summary: '公示的服务产品及收费标准与实际不符，经核查属严重弄虚作假。',
  },
  {
    id: ids.beijingExpiredPenalty, subject: beijingRating, kind: 'ADMINISTRATIVE_PENALTY', severity: 'MINOR', status: 'ACTIVE',
    authority: '北京市朝阳区市场监督管理局', documentNumber: '京朝市监罚〔2021〕3号', decidedAt: '2021-01-08', publicityEndsAt: '2021-01-08',
    summary: '未按规定办理备案事项变更，警告。属轻微失信行为，不予公示。',
  },
  {
    id: ids.beijingRevokedBreach, subject: beijingRating, kind: 'COMMITMENT_BREACH', severity: 'GENERAL', status: 'REVOKED',
    authority: '北京市朝阳区发展和改革委员会', documentNumber: null, decidedAt: '2021-04-15', publicityEndsAt: '2022-04-15',
    summary: '认定违背信用承诺；经行政复议，该认定已被撤销。',
    revocation: { reason: '行政复议认为认定事实不清，撤销原认定。', documentNumber: '京朝政复决字〔2021〕88号', decidedOn: '2021-06-02' },
  },
  {
    id: ids.shanghaiPenalty, subject: shanghaiBankrupt, kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL', status: 'ACTIVE',
    authority: '上海市杨浦区市场监督管理局', documentNumber: '杨市监案处字〔2021〕第12号', decidedAt: '2021-01-15', publicityEndsAt: '2022-01-15',
    summary: '违规收集、使用企业信用信息，罚款人民币十万元。',
  },
  {
    id: ids.shenzhenClue, subject: shenzhenImpersonator, kind: 'IMPERSONATION_CLUE', severity: 'GENERAL', status: 'ACTIVE',
    authority: '深圳市南山区发展和改革局', documentNumber: null, decidedAt: '2021-05-17', publicityEndsAt: null,
    summary: '假借征信机构名义，以“逾期记录消除”“征信修复”为名向公众收取费用。',
  },
  {
    id: ids.shenzhenRefutedClue, subject: shenzhenImpersonator, kind: 'IMPERSONATION_CLUE', severity: 'MINOR', status: 'REFUTED',
    authority: '深圳市南山区发展和改革局', documentNumber: null, decidedAt: '2021-04-20', publicityEndsAt: null,
    summary: '举报称其冒用“信用中国”标识；经行业主管部门核查，不属实。',
    finding: { finding: 'UNFOUNDED', by: '深圳市南山区市场监督管理局', note: '经核查，其网站未使用“信用中国”标识。', on: '2021-05-10' },
  },
  {
    id: ids.anonymousClue,
    subject: { name: demoAnonymousSubject.name, identifiers: [...demoAnonymousSubject.identifiers], region: demoAnonymousSubject.region },
    kind: 'IMPERSONATION_CLUE', severity: 'GENERAL', status: 'ACTIVE',
    authority: '深圳市南山区发展和改革局', documentNumber: null, decidedAt: '2021-04-08', publicityEndsAt: null,
    summary: '据群众举报归集：网站及微信号冒充信用服务机构，自称“信用修复官方合作机构”，声称交费即可“洗白”征信记录。',
  },
  {
    id: ids.changshaExitedPenalty, subject: changshaExited, kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL', status: 'ACTIVE',
    authority: '长沙市开福区市场监督管理局', documentNumber: '开市监罚〔2021〕6号', decidedAt: '2021-02-03', publicityEndsAt: '2022-02-03',
    summary: '超出备案范围开展信用评价业务，罚款人民币二万元。',
  },
  {
    subject: beijingRating, kind: 'IMPERSONATION_CLUE', severity: 'GENERAL', status: 'ACTIVE',
    authority: '北京市朝阳区发展和改革委员会', documentNumber: null, decidedAt: '2021-06-03', publicityEndsAt: null,
    summary: '监测发现：在其网站宣称系“信用中国”官方合作机构，以“官方渠道修复信用”为名招揽业务。',
  },
  {
    subject: wuhanClosed, kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL', status: 'ACTIVE',
    authority: '武汉市江汉区市场监督管理局', documentNumber: '江市监罚〔2021〕8号', decidedAt: '2021-02-22', publicityEndsAt: '2022-02-22',
    summary: '未经备案开展企业信用评价业务并收取费用，罚款人民币二万元。',
  },
  {
    subject: hangzhouRevoked, kind: 'ADMINISTRATIVE_PENALTY', severity: 'SERIOUS', status: 'ACTIVE',
    authority: '杭州市西湖区市场监督管理局', documentNumber: '杭西市监罚〔2021〕21号', decidedAt: '2021-02-26', publicityEndsAt: '2024-02-26',
    summary: '非法买卖个人信用信息，没收违法所得并罚款人民币二十万元。',
  },
  {
    subject: changshaLost, kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL', status: 'ACTIVE',
    authority: '长沙市岳麓区市场监督管理局', documentNumber: '岳市监罚〔2021〕9号', decidedAt: '2021-01-20', publicityEndsAt: '2022-01-20',
    summary: '以信用服务为名非法获取个人信息，罚款人民币三万元。',
  },
];
