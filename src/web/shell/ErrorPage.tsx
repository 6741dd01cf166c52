// Error pages: a calm message, the way back, and for anything but "not found" the
// request id, so that support can find the log line. Never a stack trace or an
// error message: only fixed texts from the catalogue are shown (`problems`: catalogue
// texts naming a field of the request, e.g. from src/web/textGuard.ts).

import type { Lang, Messages } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import { Layout } from './Layout.tsx';
import type { LayoutUser } from './Layout.tsx';

export type ErrorKind = keyof Omit<Messages['errors'], 'backHome' | 'requestIdLabel' | 'requestIdHelp'>;

/** The page shown for an HTTP status: specific texts for common ones, else by class. */
export function errorKindFor(status: number): ErrorKind {
  switch (status) {
    case 404:
    case 410:
      return 'notFound';
    case 401:
    case 403:
      return 'forbidden';
    case 413:
      return 'tooLarge';
    case 429:
      return 'tooManyRequests';
    default:
      return status >= 400 && status < 500 ? 'badRequest' : 'serverError';
  }
}

export interface ErrorPageProps {
  lang: Lang;
  status: number;
  currentUrl: string;
  /** shown for every status except 404/410 */
  requestId?: string;
  user?: LayoutUser | null;
  /** what was wrong with the request, one catalogue text per field (a 400) */
  problems?: string[];
}

export function ErrorPage({ lang, status, currentUrl, requestId, user, problems = [] }: ErrorPageProps) {
  const m = t(lang);
  const kind = errorKindFor(status);
  const text = m.errors[kind];
  const showId = kind !== 'notFound' && requestId !== undefined && requestId !== '';
  return (
    <Layout lang={lang} title={text.title} currentUrl={currentUrl} user={user}>
      <div class="prose error-page">
        <p class="error-status">{status}</p>
        <h1>{text.title}</h1>
        <p class="lead">{text.text}</p>
        {problems.length > 0 ? (
          <div class="error-summary" id="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
            <h2 class="error-summary-title" id="error-summary-title">
              {m.inputErrors.summaryTitle}
            </h2>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>{text.hint}</p>
        {showId ? (
          <div class="notice notice-quiet request-id">
            <p>
              {m.errors.requestIdLabel}: <code>{requestId}</code>
            </p>
            <p>{m.errors.requestIdHelp}</p>
          </div>
        ) : null}
        <p>
          <a class="button" href="/">
            {m.errors.backHome}
          </a>
        </p>
      </div>
    </Layout>
  );
}
