import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { regionLevel } from '../../kit/scalars/regionCode';
import type { ClueEntity } from '../entities/ClueEntity';
import type { WarningLetterEntity } from '../entities/WarningLetterEntity';

/** The market entities a letter's clues name, once each, in the order of their first clue, with the name that clue gives. */
export function letterEntities(clues: readonly ClueEntity[]): { uscc: string; name: string }[] {
  const byUscc = new Map<string, string>();
  for (const clue of clues) if (clue.uscc && !byUscc.has(clue.uscc)) byUscc.set(clue.uscc, clue.subjectName);
  return [...byUscc].map(([uscc, name]) => ({ uscc, name }));
}

/** 我省 / 我市 / 我区（县）: the issuer's level, as the template's 我市/区/县. */
const OUR_AREA = { PROVINCE: '我省', CITY: '我市', COUNTY: '我区（县）' } as const;

/** The template's words (附件3 of 发改办财金〔2021〕156号), quoted as issued. */
const PREAMBLE =
  '为深入贯彻《优化营商环境条例》等法律法规，有效落实《国务院办公厅关于加快推进社会信用体系建设 构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）等文件精神，不断增强市场主体诚信经营意识，加快构建公平竞争市场环境，国家发展改革委会同有关行业监管部门开展了信用服务机构失信问题专项治理行动，要求各地方重点治理辖区内假借信用服务机构名义招摇撞骗的失信市场主体（简称“治理对象”）。';

const REQUESTED_ACTIONS = [
  '一是对经查属实的失信市场主体，作为治理对象纳入本单位重点监管范围，适当提高检查比例和频次，依法依规实行严管和惩戒，失信主体行为构成犯罪的，将相关线索移送司法机关依法查处。',
  '二是依法依规启动提示、警示约谈程序，督促相关市场主体及时纠正失信行为，履行相关义务，消除不良影响。',
  '三是将相关查处结果反馈我单位，纳入失信主体信用记录，在“信用中国”网站集中公示，并推送有关部门依法依规实施失信惩戒。',
  '四是组织本地区所有信用服务机构加强诚信自律，主动在“信用中国”网站公示有关信息并开展信用承诺。',
];

/**
 * The letter of Annex 3 as sent: the recipient, the counts (clues; distinct market entities by
 * USCC), the four requested actions, the contact, the issuing unit and date, and the annexed
 * list of entities. Subjects without a USCC (a person, a website) are listed after the entities
 * by name and identifiers, since the regulator must verify them too, but are not counted as 家.
 */
export function renderWarningLetter(letter: WarningLetterEntity, clues: readonly ClueEntity[]): string {
  const entities = letterEntities(clues);
  const withoutUscc = clues.filter((clue) => !clue.uscc);
  const issuedOn = DateTime.fromJSDate(letter.issuedAt, { zone: SHANGHAI }).toFormat("yyyy'年'M'月'd'日'");
  const annex = [
    `附件：${letter.issuingUnit}治理对象清单`,
    '',
    ...entities.map(({ uscc, name }, i) => `${i + 1}. ${name}（统一社会信用代码：${uscc}）`),
    ...(withoutUscc.length
      ? ['', '未取得统一社会信用代码的线索对象：', ...withoutUscc.map((clue, i) => `${i + 1}. ${clue.subjectName}${clue.subjectIdentifiers.length ? `（${clue.subjectIdentifiers.join('，')}）` : ''}`)]
      : []),
  ];
  return [
    '关于严厉查处假借信用服务机构名义招摇撞骗的市场主体的提示函',
    letter.documentNumber,
    '',
    `${letter.recipient}：`,
    '',
    PREAMBLE,
    '',
    `现已监测发现假借信用服务机构名义招摇撞骗的失信行为线索 ${clues.length} 条，涉及${OUR_AREA[regionLevel(letter.region)]} ${entities.length} 家市场主体。为有效落实专项治理行动相关部署，现将有关线索移送你单位，请你单位配合开展相关工作。`,
    '',
    ...REQUESTED_ACTIONS,
    '',
    `联系人及联系方式：${letter.issuingUnit} ${letter.contactName}，联系电话：${letter.contactPhone}。`,
    '',
    ...annex,
    '',
    letter.issuingUnit,
    issuedOn,
  ].join('\n');
}
