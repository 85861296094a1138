import { demoAnonymousSubject, demoEntities, demoRecordIds, type DemoEntityKey } from '../../kit/demo/demoCast';
import type { ComplaintOutcome, ComplaintStatus, LetterFinding, Severity } from '../generated/resolversTypes';
import type { Submission } from '../inputs/validateSubmitComplaint';

export interface DemoComplaint {
  key: string;
  submission: Submission;
  submittedOn: string;
  /** The steps after SUBMITTED: status, day, note, and the outcome of a conclusion. */
  steps: [ComplaintStatus, string, string | null, ComplaintOutcome?][];
  /** Concluded as PUBLISHED_AS_DISHONESTY: the record records' demo holds for it. */
  published?: { severity: Severity; recordId: number };
  /** The record records' demo holds for its impersonation clue. */
  clueRecordId?: number;
}

const about = (entity: DemoEntityKey) => ({ uscc: demoEntities[entity].uscc, subjectName: demoEntities[entity].name, subjectIdentifiers: [] });

/** Every status and every category, about three demo entities and one subject without a USCC. */
export const demoComplaints: DemoComplaint[] = [
  {
    key: 'changsha-disclosure',
    submission: {
      category: 'FALSE_DISCLOSURE', region: '430102', ...about('changshaCredit'),
      content: '该公司在“信用中国”网站公示的企业信用报告收费标准为每份200元，实际收取500元，公示信息与实际不符。',
      complainant: { name: '张女士', phone: '13800138001', email: null },
    },
    submittedOn: '2021-03-10',
    steps: [
      ['ACCEPTED', '2021-03-12', '已受理，转芙蓉区社会信用体系建设牵头单位核查'],
      ['IN_PROGRESS', '2021-03-15', '已约谈该公司负责人，调取收费记录'],
      ['CONCLUDED', '2021-04-20', '经查属实，已责令更正公示信息，失信行为纳入信用记录', 'ORDERED_CORRECTION'],
    ],
  },
  {
    key: 'changsha-commitment',
    submission: {
      category: 'COMMITMENT_BREACH', region: '430102', ...about('changshaCredit'),
      content: '该公司在信用承诺书中承诺不向未经授权的第三方提供信用信息，但向我公司兜售其他企业的信用数据。',
      complainant: { name: '李先生', phone: null, email: 'li.xiansheng@example.com' },
    },
    submittedOn: '2021-05-06',
    steps: [
      ['ACCEPTED', '2021-05-08', null],
      ['IN_PROGRESS', '2021-05-11', '已调取相关合同材料'],
    ],
  },
  {
    key: 'beijing-disclosure',
    submission: {
      category: 'FALSE_DISCLOSURE', region: '110105', ...about('beijingRating'),
      content: '该公司公示的评级人员资质与实际从业人员不符。',
      complainant: { name: '王先生', phone: '010-65001234', email: null },
    },
    submittedOn: '2021-04-07',
    steps: [
      ['ACCEPTED', '2021-04-09', '已受理'],
      ['IN_PROGRESS', '2021-04-20', '经核查，该公司公示的3名评级人员均未在该公司任职'],
      ['CONCLUDED', '2021-05-20', '经查属实，公示信息弄虚作假情节严重，作为失信信息公示并纳入专项治理台账。', 'PUBLISHED_AS_DISHONESTY'],
    ],
    published: { severity: 'SERIOUS', recordId: demoRecordIds.beijingFalseDisclosure },
  },
  {
    key: 'beijing-other',
    submission: {
      category: 'OTHER', region: '110105', ...about('beijingRating'),
      content: '该公司客服态度恶劣，拖延出具评估报告。',
      complainant: { name: '赵女士', phone: '13700137000', email: null },
    },
    submittedOn: '2021-04-12',
    steps: [['REFUSED', '2021-04-14', '不属于专项治理受理范围，已告知向消费者权益保护机构反映']],
  },
  {
    key: 'shenzhen-impersonation',
    submission: {
      category: 'IMPERSONATION', region: '440305', ...about('shenzhenImpersonator'),
      content: '该公司自称“国家信用修复中心”合作机构，收取“征信修复费”3000元后失联。',
      complainant: { name: '陈先生', phone: '13900139000', email: null },
    },
    submittedOn: '2021-03-22',
    steps: [
      ['ACCEPTED', '2021-03-24', null],
      ['IN_PROGRESS', '2021-03-26', '线索已归集，拟移送行业监管部门'],
      ['CONCLUDED', '2021-05-12', '南山区市场监督管理局反馈：经查属实', 'NOTICE'],
    ],
    clueRecordId: demoRecordIds.shenzhenClue,
  },
  {
    key: 'shenzhen-impersonation-sms',
    submission: {
      category: 'IMPERSONATION', region: '440305', ...about('shenzhenImpersonator'),
      content: '该公司以“信用服务机构”名义群发短信，声称交费即可删除失信记录。',
      complainant: { name: '周女士', phone: null, email: 'zhou.nvshi@example.com' },
    },
    submittedOn: '2021-06-21',
    // Accepted: its clue is collected and awaits a letter (the impersonator's clue not yet sent on).
    steps: [['ACCEPTED', '2021-06-23', null]],
  },
  {
    key: 'anonymous-impersonation',
    submission: {
      category: 'IMPERSONATION', region: demoAnonymousSubject.region, uscc: null,
      subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers],
      content: '有人通过微信号和网站冒充信用服务机构，声称交费即可“洗白”征信记录。',
      complainant: { name: '刘先生', phone: '0755-86001234', email: null },
    },
    submittedOn: '2021-04-02',
    steps: [
      ['ACCEPTED', '2021-04-06', null],
      ['IN_PROGRESS', '2021-04-08', '线索已归集'],
    ],
    clueRecordId: demoRecordIds.anonymousClue,
  },  {
    key: 'anonymous-changsha-disclosure',
    submission: {
      category: 'FALSE_DISCLOSURE', region: '430102', ...about('changshaCredit'),
      content: '该公司公示的服务产品目录中没有“信用修复代理”，但实际在招揽此项业务。',
      complainant: null,
    },
    submittedOn: '2021-06-25',
    // Anonymous, never accepted or refused: overdue since its due date.
    steps: [],
  },
];

/** Clues found by monitoring, not by a complaint: the impersonator's is sent on, Beijing's not yet. */
export const monitoredClues = [
  {
    ...about('shenzhenImpersonator'),
    region: '440305',
    description: '监测发现该公司网站宣称系“信用中国”授权的信用修复机构。',
    reportedOn: '2021-04-20',
    recordId: String(demoRecordIds.shenzhenRefutedClue),
  },
  {
    ...about('beijingRating'),
    region: '110105',
    description: '监测发现该公司网站宣称系“信用中国”官方合作机构，以“官方渠道修复信用”为名招揽业务。',
    reportedOn: '2021-06-02',
    recordId: null,
  },
];

const leadUnit = {
  region: '440305',
  issuingUnit: '深圳市南山区社会信用体系建设牵头单位（南山区发展和改革局）',
  recipientRegion: '440305',
  contactName: '林晓',
  contactPhone: '0755-26651234',
};

export interface DemoLetter {
  letter: typeof leadUnit & { documentNumber: string; recipient: string; sector: string; issuedOn: string };
  /** Which clues it sends on, by the key of the complaint they came from (null: the monitored clue of its region). */
  clues: (string | null)[];
  finding: { finding: LetterFinding; note: string; recordedOn: string };
}

export const demoLetters: DemoLetter[] = [
  {
    letter: { ...leadUnit, documentNumber: '深南信用函〔2021〕3号', recipient: '深圳市南山区市场监督管理局', sector: '市场监管', issuedOn: '2021-04-15' },
    clues: ['shenzhen-impersonation'],
    finding: { finding: 'SUBSTANTIATED', note: '经查属实，已纳入重点监管并启动警示约谈', recordedOn: '2021-05-10' },
  },
  {
    letter: { ...leadUnit, documentNumber: '深南信用函〔2021〕5号', recipient: '深圳市南山区地方金融监督管理局', sector: '地方金融监管', issuedOn: '2021-05-20' },
    clues: [null, 'anonymous-impersonation'],
    finding: { finding: 'UNFOUNDED', note: '经查，相关网站系他人冒用该公司名称搭建，该公司无招摇撞骗行为', recordedOn: '2021-06-18' },
  },
];
