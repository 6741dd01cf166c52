// Shared rules of the account use cases (issue 6): lifetimes, throttling limits, token format, input checks.
// The numbers live here and nowhere else; docs/decisions/004-authentication.md explains them.

import { createHash, randomBytes } from 'node:crypto';
import { MALFORMED_TEXT_MESSAGE, isMalformedText } from '../../text.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A session ends after this long without a request … */
export const SESSION_IDLE_MS = 2 * HOUR;
/** … and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 12 * HOUR;
/** last_seen_at is written at most this often per session (not on every request). */
export const SESSION_TOUCH_MS = MINUTE;
/** api_tokens.last_used_at likewise. */
export const TOKEN_TOUCH_MS = MINUTE;

/**
 * Login throttling (docs/decisions/008-login-throttling.md): failures within the window, counted
 * - per account and client address (since that pair's last success),
 * - per client address over all accounts,
 * - per account and known device (a browser with a valid device cookie of the account), which is exempt from
 * - the cap per account over all unknown devices and addresses (since the account's last success): much higher, so
 *   that guessing from many addresses is capped, but an attacker's failures do not lock the owner's own browser out.
 * A new password (reset or change) clears the account's counts.
 */
export const LOGIN_WINDOW_MS = 15 * MINUTE;
export const LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP = 5;
export const LOGIN_MAX_FAILURES_PER_IP = 20;
export const LOGIN_MAX_FAILURES_PER_DEVICE = 5;
export const LOGIN_MAX_FAILURES_PER_ACCOUNT = 50;
/** A device cookie (set at every successful login, a new one each time) is honoured this long. */
export const LOGIN_DEVICE_TTL_MS = 180 * 24 * HOUR;
/** login_attempts older than this are deleted. */
export const LOGIN_ATTEMPTS_KEEP_MS = 24 * HOUR;

export const INVITATION_TTL_MS = 7 * 24 * HOUR;
export const PASSWORD_RESET_TTL_MS = HOUR;

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 takes any length, but a megabyte of "password" is an attack on the CPU, not a password */
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 200;

/** API tokens are recognisable (secret scanners, logs): `lotse_` and 43 base64url characters (256 bits). */
export const API_TOKEN_PREFIX = 'lotse_';
/** characters of the token shown in lists */
export const API_TOKEN_SHOWN = 12;

/** A random secret for a cookie, link or bearer token: 32 bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Secrets arrive from URLs and cookies: anything not shaped like one is refused before it reaches the database. */
export function isSecretShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;
export function isEmail(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value) && !isMalformedText(value);
}

/** Machine-readable input problems; the pages translate `code`, the API shows `message`. */
export type FieldErrorCode =
  | 'required'
  | 'email'
  | 'tooLong'
  | 'characters'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordIsEmail'
  | 'passwordMismatch'
  | 'passwordWrong'
  | 'emailTaken'
  | 'role'
  | 'companyRequired'
  | 'companyNotAllowed'
  | 'companyUnknown'
  | 'selfDisable';

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

const ENGLISH: Record<FieldErrorCode, string> = {
  required: 'is required',
  email: 'is not an e-mail address',
  tooLong: 'is too long',
  characters: MALFORMED_TEXT_MESSAGE,
  passwordTooShort: `must have at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooLong: `must have at most ${PASSWORD_MAX_LENGTH} characters`,
  passwordIsEmail: 'must not be the e-mail address',
  passwordMismatch: 'does not match the password',
  passwordWrong: 'is not the current password',
  emailTaken: 'already belongs to an account',
  role: 'must be admin, adviser or company',
  companyRequired: 'is required for the role company',
  companyNotAllowed: 'is only for the role company',
  companyUnknown: 'is not a company of this service office',
  selfDisable: 'is your own account',
};

export function fieldError(field: string, code: FieldErrorCode): FieldError {
  return { field, code, message: ENGLISH[code] };
}

/** Bad input: nothing was written. HTTP 400. */
export class InvalidInputError extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field} ${e.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}

/** Throws InvalidInputError when there are errors. */
export function assertValid(errors: FieldError[]): void {
  if (errors.length > 0) throw new InvalidInputError(errors);
}

/** A token, link or reset that does not (or no longer) work: unknown, used, revoked or expired. */
export class InvalidTokenError extends Error {
  readonly statusCode = 410;
  constructor(readonly reason: 'unknown' | 'used' | 'expired') {
    super(`The link is ${reason === 'unknown' ? 'not valid' : reason === 'used' ? 'already used' : 'expired'}.`);
    this.name = 'InvalidTokenError';
  }
}

/** Password rules: long enough, not absurdly long, not the e-mail address; the repetition must match. */
export function passwordErrors(password: string, repeat: string | undefined, email: string, field = 'password', repeatField = 'passwordRepeat'): FieldError[] {
  const errors: FieldError[] = [];
  if (password === '') errors.push(fieldError(field, 'required'));
  else if (isMalformedText(password)) errors.push(fieldError(field, 'characters'));
  else if ([...password].length < PASSWORD_MIN_LENGTH) errors.push(fieldError(field, 'passwordTooShort'));
  else if (password.length > PASSWORD_MAX_LENGTH) errors.push(fieldError(field, 'passwordTooLong'));
  else if (password.trim().toLowerCase() === email.trim().toLowerCase()) errors.push(fieldError(field, 'passwordIsEmail'));
  if (repeat !== undefined && errors.length === 0 && repeat !== password) errors.push(fieldError(repeatField, 'passwordMismatch'));
  return errors;
}

export function nameErrors(name: string, field = 'name'): FieldError[] {
  if (isMalformedText(name)) return [fieldError(field, 'characters')];
  if (name.trim() === '') return [fieldError(field, 'required')];
  if (name.length > NAME_MAX_LENGTH) return [fieldError(field, 'tooLong')];
  return [];
}

export function emailErrors(email: string, field = 'email'): FieldError[] {
  if (isMalformedText(email)) return [fieldError(field, 'characters')];
  if (email.trim() === '') return [fieldError(field, 'required')];
  if (!isEmail(normalizeEmail(email))) return [fieldError(field, 'email')];
  return [];
}
