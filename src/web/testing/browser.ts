// A browser for the page tests through the whole application (app.inject): it keeps cookies (and drops the ones the
// server clears), reads the CSRF token from forms and signs in through the login form. Form fields may repeat
// (checkboxes): a form is a record whose values may be lists, or a list of pairs.

import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { TEST_PASSWORD } from '../../dev/accountsTesting.ts';

export type FormFields = Record<string, string> | Array<[string, string]>;

/** The CSRF token of the first form in a page; throws where the page has none. */
export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF field in the page');
  return m[1]!;
}

export class Browser {
  readonly cookies = new Map<string, string>();
  /**
   * @param app the application to send the requests to
   * @param remoteAddress the client address: the login limit counts per address, so a file that signs in more often
   *   than it allows gives its browsers different ones (light-my-request's default otherwise)
   */
  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress = '127.0.0.1',
  ) {}

  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(r: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of r.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return r;
  }

  async get(url: string, headers: Record<string, string> = {}) {
    return this.keep(await this.app.inject({ method: 'GET', url, remoteAddress: this.remoteAddress, headers: { cookie: this.header(), ...headers } }));
  }

  async post(url: string, form: FormFields) {
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        payload: new URLSearchParams(form).toString(),
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  }

  /** GET the page with the form (it must answer 200), then POST the form with its CSRF token to `action`. */
  async submit(pageUrl: string, action: string, form: Record<string, string | string[]>) {
    const p = await this.get(pageUrl);
    assert.equal(p.statusCode, 200, `${pageUrl}: ${p.statusCode}`);
    const pairs: Array<[string, string]> = [['_csrf', csrfOf(p.body)]];
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) pairs.push([k, x]);
    return this.post(action, pairs);
  }

  /** Signs in through the login form (the answer must be the 303 to the start page) and returns that answer. */
  async signInResponse(email: string, password = TEST_PASSWORD) {
    const r = await this.submit('/login', '/login', { email, password });
    assert.equal(r.statusCode, 303, `signed in as ${email}`);
    return r;
  }

  /** Signs in through the login form; the browser, for chaining. */
  async signIn(email: string, password = TEST_PASSWORD) {
    await this.signInResponse(email, password);
    return this;
  }
}
