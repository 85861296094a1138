import type { Role } from '../../kit/identity/identity';

/** Who may use each repair operation or field at all (docs/authorization.md, repair); anyone else is FORBIDDEN. */
export const repairRoles = {
  /** `repairCase`, `repairCases`, `RepairCase` in `_entities`. */
  readCases: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION', 'COURT'],
  /** `MarketEntity.repairCases`, `DishonestyRecord.repair`: the cases themselves. */
  readEntityCases: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'],
  /** `MarketEntity.openRepairCaseCount`, `DishonestyRecord.repaired`: facts a SERVICE decision may need. */
  readEntityFacts: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION', 'SERVICE'],
  courtInbox: ['NATIONAL_REGULATOR', 'COURT'],
  /** A court has no part in the decision, so it is not shown decisions that are late. */
  overdueRepairDecisions: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'],
  overdueConfirmationRequests: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'COURT', 'INSTITUTION'],
  applyForRepair: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'],
  /** The deciding authority: the lead unit covering the case's region, or the national regulator. */
  requestConfirmation: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** The addressed court; the deciding authority records a listing authority's written reply. */
  answerConfirmation: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'COURT'],
  decideRepair: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
} satisfies Record<string, readonly Role[]>;
