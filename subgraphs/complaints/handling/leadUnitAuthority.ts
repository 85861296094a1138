/** The handling authority named in records when complaints collects a fact: a lead unit is known here by its region only. */
export function leadUnitAuthority(region: string): string {
  return `${region} 社会信用体系建设牵头单位`;
}
