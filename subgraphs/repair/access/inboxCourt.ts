import { badUserInput } from '../../kit/errors';
import { forbidden } from '../../kit/identity/authorize';
import type { Identity } from '../../kit/identity/identity';
import { requiredText } from '../../kit/inputs/text';

/**
 * Whose inbox `courtInbox` reads: a court's own (`court` defaults to it; naming another court is
 * FORBIDDEN); the court the national regulator names (required).
 */
export function inboxCourt(identity: Identity, court: string | null | undefined): string {
  const named = court === null || court === undefined ? null : requiredText('court', court, { max: 100 });
  if (identity.role === 'COURT') {
    if (named !== null && named !== identity.court) throw forbidden("a court may read only its own court's inbox");
    return identity.court ?? '';
  }
  if (named === null) throw badUserInput('court', "is required: name the court whose inbox to read (its code, e.g. 京0105)");
  return named;
}
