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
  applyForRepair: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'],
  requestConfirmation: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
} satisfies Record<string, readonly Role[]>;
