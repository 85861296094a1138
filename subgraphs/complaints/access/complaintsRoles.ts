import type { Role } from '../../kit/identity/identity';

/** Who may use each of complaints' operations at all (docs/authorization.md, complaints); the scope cuts further. */
export const complaintsRoles = {
  /** `complaint(id)`, `complaints(filter)`, `Complaint` in `_entities`, `ImpersonationClue.complaint`. */
  readComplaints: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `MarketEntity.complaints / complaintCount / impersonationClues`. */
  readEntityComplaints: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `MarketEntity.allCluesSentOn`: an institution for itself, as it is part of what blocks its exit (DESIGN.md §2). */
  readCluesSentOn: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'SERVICE', 'INSTITUTION'],
  /** `warningLetters(filter)`, `WarningLetter` in `_entities`. */
  readLetters: ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INDUSTRY_REGULATOR'],
  /** `acceptComplaint`, `refuseComplaint`, `addComplaintProgress`, `concludeComplaint` (the complaint's region). */
  handleComplaints: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `recordImpersonationClue`, `issueWarningLetter` (the lead unit's region). */
  sendClues: ['NATIONAL_REGULATOR', 'LEAD_UNIT'],
  /** `recordLetterFeedback`, `recordClueFeedback`: only the industry regulator a letter is addressed to verifies its clues. */
  answerLetters: ['INDUSTRY_REGULATOR'],
  /** `complaintsOutbox`: the writes to records still pending or refused, for the one who oversees all regions. */
  readOutbox: ['NATIONAL_REGULATOR'],
} as const satisfies Record<string, readonly Role[]>;
