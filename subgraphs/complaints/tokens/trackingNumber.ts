import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';

/** Crockford's base32: no I, L, O, U, so a number read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARACTERS = 10;
const TRACKING_NUMBER = /^TS\d{8}[0-9A-HJKMNP-TV-Z]{10}$/;

/** `TS` + the submission day (Asia/Shanghai) + 10 random characters (50 bits), e.g. TS20210310K7QM4XR2PA. */
export function newTrackingNumber(submittedAt: Date): string {
  const day = DateTime.fromJSDate(submittedAt, { zone: SHANGHAI }).toFormat('yyyyLLdd');
  const random = [...randomBytes(RANDOM_CHARACTERS)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `TS${day}${random}`;
}

/** A tracking number as typed (any case, spaces or hyphens), or null when it cannot be one. */
export function normalizeTrackingNumber(value: string): string | null {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  return TRACKING_NUMBER.test(compact) ? compact : null;
}
