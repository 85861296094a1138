/** The keys under which records stores what complaints collected (the records–complaints contract). */
export const clueSourceKey = (clueId: number): string => `clue:${clueId}`;
export const complaintSourceKey = (complaintId: number): string => `complaint:${complaintId}`;
