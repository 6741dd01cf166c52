// buildApp: the Fastify application with its security baseline, shared by `npm start`, the tests and the benches.

import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { Mailer } from '../app/accounts/mail.ts';
import type { Database } from '../app/database.ts';
import pages from './pages.ts';
import checksApi from './api/checks/routes.ts';
import residenceChecksApi from './api/residence/routes.ts';
import workspaceApi from './api/workspace.ts';
import audit from './audit/index.ts';
import auth from './auth/index.ts';
import checkPages from './check/index.ts';
import lawPages from './law/routes.ts';
import recognitionPages from './recognition/routes.ts';
import reports from './reports/index.ts';
import funderReports from './reports/funder/index.ts';
import calendarFeedRoutes from './calendar/routes.ts';
import { registerHealthRoutes } from './health.ts';
import { registerTextGuard } from './textGuard.ts';
import workspace from './workspace/index.ts';
import caseTasks from './cases/tasks/routes.ts';
import handoffPages from './cases/handoff/routes.ts';
import overviewPages from './cases/overview/routes.ts';
import candidatePages from './candidates/routes.ts';
import mePages from './me/routes.ts';
import casePages from './cases/index.ts';
import { isSameSiteLocation } from './urls.ts';
import { CSRF_COOKIE, requestKey } from './requestKeys.ts';
import type { AppConfig } from './requestKeys.ts';
import { temporaryStorage } from '../storage/index.ts';
import type { DocumentStorage } from '../storage/index.ts';
import { UPLOAD_MAX_BYTES_DEFAULT } from '../config.ts';
import caseDocuments from './cases/documents/routes.ts';
import caseRecognition from './cases/recognition/routes.ts';
import duePages from './due/routes.ts';
import recognitionDataPages from './recognitionData/routes.ts';
import onboardingRoutes from './cases/onboarding/routes.ts';
import integrationPages from './integration/routes.ts';

export { CSRF_COOKIE, LOGIN_RATE_LIMIT, addressKey, requestKey } from './requestKeys.ts';
export type { AppConfig } from './requestKeys.ts';

export const DEFAULT_APP_CONFIG: AppConfig = {
  logLevel: 'info',
  production: false,
  trustProxy: false,
  bodyLimit: 1024 * 1024,
  rateLimitPerAddress: 600,
  rateLimitPerUser: 600,
  uploadMaxBytes: UPLOAD_MAX_BYTES_DEFAULT,
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface BuildOptions {
  database: Database;
  /** secret for signed cookies (CSRF); shared by all instances through the database */
  cookieSecret: string;
  config?: Partial<AppConfig>;
  /** a pino logger config or instance; default: JSON logs at config.logLevel */
  logger?: FastifyServerOptions['logger'];
  /** the base URL for links in mails (invitations, password resets); never taken from a request's Host header */
  publicUrl?: string;
  /** SMTP mailer; absent: mails are written to the log */
  mailer?: Mailer;
  /** the clock (milliseconds) of the /healthz cache, for tests; default: performance.now() */
  healthClock?: () => number;
  /** where uploaded documents are kept; absent: a temporary directory, deleted when the application closes (tests) */
  storage?: DocumentStorage;
}

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const config: AppConfig = { ...DEFAULT_APP_CONFIG, ...opts.config };
  const app = Fastify({
    logger: opts.logger ?? {
      level: config.logLevel,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    },
    bodyLimit: config.bodyLimit,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // The incoming x-request-id (from a load balancer) is read in genReqId, so that a malformed one is replaced
    // instead of trusted verbatim; log lines carry it as `reqId` (Fastify's default label).
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
  });

  app.decorate('database', opts.database);
  app.decorate('config', config);
  if (opts.storage !== undefined) app.decorate('documentStorage', opts.storage);
  else {
    const temporary = temporaryStorage();
    app.decorate('documentStorage', temporary);
    app.addHook('onClose', () => temporary.dispose());
  }
  // NUL, unpaired surrogates and non-UTF-8 escapes in any params, query or body: 400 naming the field (textGuard.ts)
  registerTextGuard(app);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // HSTS only where the request really came over TLS (directly or through a trusted proxy).
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // Every redirect stays on this site, whatever a route built it from (issue 10): anything else goes to /.
    const location = reply.getHeader('location');
    if (location !== undefined && !isSameSiteLocation(String(location))) {
      request.log.error({ location: String(location).slice(0, 200) }, 'refused a redirect that would leave this site');
      reply.header('location', '/');
    }
  });

  // Security headers (helmet): the middleware is built once, here. @fastify/helmet built it anew for every request,
  // parsing the CSP's directives each time: about 10 % of the CPU a page took under load (issue 13), for headers
  // that are the same for every response. Same library, same options, the same headers, set at the same point.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    hsts: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)));
  // Counters in this process's memory: with several instances, each counts its own share (decision 009).
  await app.register(rateLimit, {
    global: true,
    keyGenerator: requestKey,
    max: (_request, key) => (key.startsWith('user:') ? config.rateLimitPerUser : config.rateLimitPerAddress),
    timeWindow: '1 minute',
    // keys of addresses and signed-in users; the least recently used is dropped beyond this
    cache: 20_000,
  });
  await app.register(cookie, { secret: opts.cookieSecret });
  await app.register(formbody, { bodyLimit: config.bodyLimit });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: config.production },
  });
  // One CSRF token per response. Without a secret cookie in the request, every generateCsrf() call would create a new
  // secret and set the cookie again, so the last call would invalidate the tokens of the earlier ones (a page has the
  // logout form in its header and often a form of its own).
  app.addHook('onRequest', async (_request, reply) => {
    const generate = reply.generateCsrf;
    let token: string | undefined;
    reply.generateCsrf = function memoised(this: FastifyReply, opts?: Parameters<FastifyReply['generateCsrf']>[0]) {
      token ??= generate.call(this, opts);
      return token;
    };
  });

  await app.register(swagger, {
    // only tagged routes (the JSON API) belong in the OpenAPI document, not the HTML pages
    hideUntagged: true,
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Lotse API',
        version: '1.0.0',
        description: 'Pathway checks for skilled immigration to Germany (contract v1) and, later, the service-office workspace.',
      },
      servers: [],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token from `lotse token create` or the account page. The way for API clients.' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'lotse_session',
            description: 'The browser’s session after signing in at /login (`__Host-lotse_session` in production). Writes (POST, PUT, PATCH, DELETE) with it also need `csrfToken`; without it they are refused with 403 (`/problems/csrf-token-required`).',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description: 'The CSRF token of a Lotse page (its `_csrf` form field), with the CSRF cookie that page set. Only with `sessionCookie`.',
          },
        },
      },
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger());
  // /livez (no database) and /healthz (a database round trip, kept for a second): health.ts
  registerHealthRoutes(app, { now: opts.healthClock });

  // The shell first: it sets the app-wide HTML 404 and error pages and request.lang, and Fastify binds a route's error
  // handler when the route is registered, so every page plugin after it answers errors with the bilingual HTML page.
  await app.register(pages);
  await app.register(auth, { mailer: opts.mailer, publicUrl: opts.publicUrl });
  await app.register(checksApi);
  await app.register(residenceChecksApi);
  await app.register(checkPages);
  await app.register(lawPages);
  await app.register(recognitionPages);
  // the JSON API of the workspace (/api/v1/companies, …) in its own context: JSON only, problems for errors
  await app.register(workspaceApi);
  await app.register(workspace);
  await app.register(caseTasks);
  await app.register(handoffPages);
  await app.register(overviewPages);
  // issue 14: the candidates (erasure removes the candidate's stored files from the document storage)
  await app.register(candidatePages, { storage: app.documentStorage, publicUrl: opts.publicUrl });
  await app.register(mePages);
  await app.register(casePages);
  await app.register(reports);
  await app.register(funderReports);
  await app.register(audit);
  await app.register(caseDocuments);
  await app.register(caseRecognition);
  // issue 15: the personal calendar feed, fetched by calendar clients with the token in its address
  await app.register(calendarFeedRoutes, { publicUrl: opts.publicUrl });
  await app.register(duePages);
  // issue 16: the office's recognition data (reference occupations, competent bodies), its CSV export and import
  await app.register(recognitionDataPages);
  // issue 17: integration after arrival (the onboarding of a case, the own integration steps, the retention view)
  await app.register(onboardingRoutes);
  await app.register(integrationPages);
  return app;
}
