import { integerFromEnv } from '../integerFromEnv';

/** How often one client address may use the public's root fields, per rolling minute. */
export interface PublicRateLimits {
  /** `submitComplaint` occurrences (each alias counts). */
  submissionsPerMinute: number;
  /** `complaintStatus` occurrences (each alias counts). */
  statusLookupsPerMinute: number;
}

export const DEFAULT_PUBLIC_RATE_LIMITS: Readonly<PublicRateLimits> = {
  submissionsPerMinute: 10,
  statusLookupsPerMinute: 30,
};

/** The limits from PUBLIC_SUBMISSIONS_PER_MINUTE and STATUS_LOOKUPS_PER_MINUTE. */
export function publicRateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): PublicRateLimits {
  return {
    submissionsPerMinute: integerFromEnv(env, 'PUBLIC_SUBMISSIONS_PER_MINUTE', DEFAULT_PUBLIC_RATE_LIMITS.submissionsPerMinute, 1, 1_000_000),
    statusLookupsPerMinute: integerFromEnv(env, 'STATUS_LOOKUPS_PER_MINUTE', DEFAULT_PUBLIC_RATE_LIMITS.statusLookupsPerMinute, 1, 1_000_000),
  };
}
