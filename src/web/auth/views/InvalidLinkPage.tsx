import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages.ts';
import { AuthShell } from './shell.tsx';

export function InvalidLinkPage({
  lang,
  currentUrl,
  reason,
  kind,
}: {
  lang: Lang;
  currentUrl: string;
  reason: 'unknown' | 'used' | 'expired';
  kind: 'invitation' | 'reset';
}) {
  const m = am(lang).invalidLink;
  return (
    <AuthShell lang={lang} title={m.title} currentUrl={currentUrl}>
      <div class="prose auth-page">
        <h1>{m.title}</h1>
        <p class="lead">{m[reason]}</p>
        <p>{kind === 'invitation' ? m.invitationHint : m.resetHint}</p>
        {kind === 'reset' ? (
          <p>
            <a class="button" href="/password-reset">
              {m.resetAgain}
            </a>
          </p>
        ) : null}
      </div>
    </AuthShell>
  );
}
