import type { Identity } from '../identity/identity';
import { usccCheckCharacter } from '../scalars/uscc';
import { demoEntities } from './demoCast';

/** A user of the demo, as a bearer token names it. */
export type DemoUser = Omit<Identity, 'clientAddress'>;

/**
 * The demo's users, one of each role and scope, in the regions, courts and institutions of the
 * demo data (demoCast.ts): `npm run token -- --demo <name>` mints their tokens, and the
 * authorization matrix (test/e2e/matrix) asks as them.
 */
export const demoUsers = {
  national: { role: 'NATIONAL_REGULATOR', subject: 'ndrc-finance-1' },
  hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead-1', region: '430000' },
  changsha: { role: 'LEAD_UNIT', subject: 'changsha-lead-1', region: '430100' },
  furong: { role: 'LEAD_UNIT', subject: 'furong-lead-1', region: '430102' },
  beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead-1', region: '110000' },
  nanshanMarket: { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-amr-1', region: '440305', sector: '市场监管' },
  court: { role: 'COURT', subject: 'furong-court-1', court: '湘0102' },
  otherCourt: { role: 'COURT', subject: 'chaoyang-court-1', court: '京0105' },
  changshaCredit: { role: 'INSTITUTION', subject: 'changsha-credit-admin', uscc: demoEntities.changshaCredit.uscc },
  beijingRating: { role: 'INSTITUTION', subject: 'beijing-rating-admin', uscc: demoEntities.beijingRating.uscc },
  /** An institution not registered in the demo: it may register itself (measure 4). */
  newcomer: { role: 'INSTITUTION', subject: 'changsha-newcomer-admin', uscc: `91430111MA4L0K010${usccCheckCharacter('91430111MA4L0K010')}` },
  service: { role: 'SERVICE', subject: 'service:repair', service: 'repair' },
  /** The complaints service, the one caller of records' contract mutations (collectAgencyRecord, recordClueFinding). */
  complaintsService: { role: 'SERVICE', subject: 'service:complaints', service: 'complaints' },
} satisfies Record<string, DemoUser>;

export type DemoUserName = keyof typeof demoUsers;
