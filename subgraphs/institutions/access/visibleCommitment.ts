import { coversOrIsSubject } from '../../kit/identity/coversOrIsSubject';
import type { Identity } from '../../kit/identity/identity';
import type { CommitmentEntity } from '../entities/CommitmentEntity';
import type { InstitutionEntity } from '../entities/InstitutionEntity';

/**
 * The commitment a caller sees, of `commitments` newest first: those who handle the institution
 * (the national regulator, the lead unit covering its region, the institution itself) the latest
 * signed, published or not; everyone else (the public) the latest published one, never one that
 * is not published.
 */
export function visibleCommitment(identity: Identity, institution: Pick<InstitutionEntity, 'uscc' | 'region'>, commitments: CommitmentEntity[]): CommitmentEntity | null {
  if (coversOrIsSubject(identity, institution)) return commitments[0] ?? null;
  return commitments.find((commitment) => commitment.publishedAt !== null) ?? null;
}
