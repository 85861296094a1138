import { badUserInput } from '../../kit/errors';
import { optionalText, requiredText, textList } from '../../kit/inputs/text';
import type { ComplaintCategory, SubmitComplaintInput } from '../generated/resolversTypes';
import { contentDigest } from '../tokens/complaintTokens';
import { PHONE } from './phonePattern';

const EMAIL = { test: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, description: 'must be an email address' };
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** A submission as it will be stored. */
export interface Submission {
  category: ComplaintCategory;
  region: string;
  uscc: string | null;
  subjectName: string;
  subjectIdentifiers: string[];
  content: string;
  /** Null for an anonymous complaint. */
  complainant: { name: string; phone: string | null; email: string | null } | null;
}

/** The submission as it will be stored; BAD_USER_INPUT names the first bad field. */
export function validateSubmitComplaint(input: SubmitComplaintInput): Submission {
  const uscc = input.subjectUscc ?? null;
  const subjectName = requiredText('input.subjectName', input.subjectName, { max: 200 });
  const subjectIdentifiers = textList('input.subjectIdentifiers', input.subjectIdentifiers, { max: 200 }, 20);
  if (input.category === 'IMPERSONATION' && !uscc && !subjectIdentifiers.length) {
    throw badUserInput('input.subjectIdentifiers', "an impersonation report needs the subject's USCC or at least one identifier (website, account, phone)");
  }
  return {
    category: input.category,
    region: input.region,
    uscc,
    subjectName,
    subjectIdentifiers,
    content: requiredText('input.content', input.content, { max: 5000 }),
    complainant: input.complainant
      ? {
          name: requiredText('input.complainant.name', input.complainant.name, { max: 100 }),
          phone: optionalText('input.complainant.phone', input.complainant.phone?.replace(/\s/g, ''), { max: 32, pattern: PHONE }),
          email: optionalText('input.complainant.email', input.complainant.email, { max: 254, pattern: EMAIL }),
        }
      : null,
  };
}

export function validateIdempotencyKey(key: string): string {
  if (!IDEMPOTENCY_KEY.test(key)) throw badUserInput('idempotencyKey', 'must be 8 to 100 characters of A-Z, a-z, 0-9, _ and -');
  return key;
}

/** The submission as text in a fixed field order: equal for a retry of the same content. */
export function canonicalSubmission(submission: Omit<Submission, 'category'> & { category: string }): string {
  const { category, region, uscc, subjectName, subjectIdentifiers, content, complainant } = submission;
  return JSON.stringify([category, region, uscc, subjectName, subjectIdentifiers, content, complainant?.name ?? null, complainant?.phone ?? null, complainant?.email ?? null]);
}

/** The keyed digest of the clear submission that tells a retry (equal) from other content under the same key. */
export function submissionHash(submission: Submission): string {
  return contentDigest(canonicalSubmission(submission));
}
