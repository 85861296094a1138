import { usccCheckCharacter } from '../scalars/uscc';

const code = (first17: string) => first17 + usccCheckCharacter(first17);

/**
 * The market entities of the demo data set, shared by the four subgraphs' demo seeds so that
 * their facts are about the same entities. Each subgraph seeds only its own facts about them.
 */
export const demoEntities = {
  /** Operating, disclosure and commitment published, a penalty and a list entry (both under repair). */
  changshaCredit: { uscc: code('91430102MA4L0A001'), name: '湖南诚信征信服务有限公司', region: '430102', legalRepresentative: '刘建国' },
  /**
   * Operating, commitment signed but not published, a false disclosure, an expired and a revoked
   * record, and an impersonation clue: both kinds of governance target in its region.
   */
  beijingRating: { uscc: code('91110105MA01B0002'), name: '北京信达信用评估有限公司', region: '110105', legalRepresentative: '王立新' },
  /** In bankruptcy: excluded from the ledger. */
  shanghaiBankrupt: { uscc: code('91310110MA1G0C003'), name: '上海普惠信用管理有限公司', region: '310110', legalRepresentative: '陈思远' },
  /** Listed in the abnormal-operation directory for lost contact: excluded. */
  changshaLost: { uscc: code('91430104MA4L0D004'), name: '长沙市数信科技有限公司', region: '430104', legalRepresentative: '赵明' },
  /** Deregistered in June 2021 (its penalty had put it into the ledger): excluded from then. */
  wuhanClosed: { uscc: code('91420106MA4K0E005'), name: '武汉信评咨询有限公司', region: '420106', legalRepresentative: '孙丽' },
  /** Business licence revoked in May 2021 (its penalty had put it into the ledger): excluded from then. */
  hangzhouRevoked: { uscc: code('91330106MA2H0F006'), name: '杭州信联数据服务有限公司', region: '330106', legalRepresentative: '周强' },
  /**
   * Clean and operating: in the directory, never in the ledger. Its legal representative (given
   * here: the current one) changed in May 2021, after its commitment was signed by the former one,
   * so that commitment is no longer current; its disclosure has a second version since.
   */
  changshaClean: { uscc: code('91430103MA4L0G007'), name: '湖南守信信用评价有限公司', region: '430103', legalRepresentative: '吴芳' },
  /** Repaired its penalty and published its commitment: exited the ledger. */
  changshaExited: { uscc: code('91430105MA4L0H008'), name: '湖南新程信用管理有限公司', region: '430105', legalRepresentative: '郑伟' },
  /** Not registered: a firm impersonating a credit service institution (招摇撞骗). */
  shenzhenImpersonator: { uscc: code('91440305MA5F0J009'), name: '深圳速信信用修复咨询有限公司', region: '440305', legalRepresentative: '黄海' },
} as const;

export type DemoEntityKey = keyof typeof demoEntities;

/**
 * A subject with no USCC (a website and a chat account) reported in Shenzhen: the complaint about
 * it, the impersonation clue that complaint gave rise to, and the clue's dishonesty record.
 */
export const demoAnonymousSubject = {
  name: '“信用修复快速通道”网站及微信号运营者',
  identifiers: ['微信号 xyxf8888', 'www.xyxf-kuaisu.example'],
  region: '440305',
} as const;

/**
 * Dishonesty record ids of the demo, fixed so that `repair` can refer to `records`' rows.
 * `records` seeds them with these explicit ids.
 */
export const demoRecordIds = {
  changshaPenalty: 1,
  changshaListEntry: 2,
  beijingFalseDisclosure: 3,
  beijingExpiredPenalty: 4,
  beijingRevokedBreach: 5,
  shanghaiPenalty: 6,
  shenzhenClue: 7,
  shenzhenRefutedClue: 8,
  /** A clue that names no USCC: a chat account and a website. */
  anonymousClue: 9,
  changshaExitedPenalty: 10,
} as const;

/** Demo events happen during the 2021 campaign (the calendar knows 2021). */
export const demoDay = (isoDate: string, time = '10:00:00') => new Date(`${isoDate}T${time}+08:00`);
