// Redirect targets an attacker may put into `back`, `next` or any other parameter that ends up in a Location header,
// and the one property every Location built from them must have. Shared by the tests of safeLocalPath, the language
// switch and the login.

import assert from 'node:assert/strict';

export const HOSTILE_TARGETS: readonly string[] = [
  // absolute and scheme-relative URLs
  'https://evil.example/',
  'http://evil.example',
  'https:evil.example',
  'http:/evil.example',
  'HTTPS://evil.example',
  '//evil.example',
  '///evil.example',
  '////evil.example/path',
  // backslashes, which browsers read as slashes
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  // paths that normalise to `//host` (dot segments)
  '/..//evil.example',
  '/.//evil.example',
  '/../..//evil.example',
  '/a/..//evil.example',
  '/./..//evil.example/x?y=1',
  '/%2e%2e//evil.example',
  '/%2E//evil.example',
  '/.%2e//evil.example',
  // percent-encoded slashes and backslashes
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  '/%2fevil.example',
  '/%5Cevil.example',
  '%5C%5Cevil.example',
  // control characters and whitespace, which browsers strip
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/ /evil.example',
  '/\u0000/evil.example',
  '/\r\nSet-Cookie: x=1',
  // other schemes
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '/javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  `/${'a'.repeat(3000)}`,
];

const BASE = 'http://lotse.invalid';

/**
 * A Location that stays on this site: a path that starts with exactly one `/` (not `//` or `/\`), holds no control
 * characters or whitespace, and resolves to this origin.
 */
export function assertSameOriginPath(location: unknown, context = ''): void {
  assert.equal(typeof location, 'string', `${context}: a Location header`);
  const loc = location as string;
  assert.match(loc, /^\/(?![/\\])/, `${context}: ${JSON.stringify(loc)} starts with a single /`);
  assert.doesNotMatch(loc, /[\u0000-\u0020\u007f\\]/, `${context}: ${JSON.stringify(loc)} has no control characters, spaces or backslashes`);
  assert.equal(new URL(loc, BASE).origin, BASE, `${context}: ${JSON.stringify(loc)} stays on this origin`);
}

/**
 * True when the answer refused the request outright because the target holds a NUL or an unpaired surrogate
 * (decision 012: 400 naming the field, no redirect at all); asserts that nothing was redirected then.
 * Other targets are never refused: they must redirect (303) to a path on this site.
 */
export function refusedAsMalformedText(r: { statusCode: number; headers: Record<string, unknown> }, target: string): boolean {
  if (!/[\u0000\p{Cs}]/u.test(target)) return false;
  assert.equal(r.statusCode, 400, `${JSON.stringify(target)} refused as malformed text`);
  assert.equal(r.headers.location, undefined, `${JSON.stringify(target)}: no Location on a refusal`);
  return true;
}
