import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages/index.ts';
import { Shell } from '../../shell/Shell.tsx';

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
    <Shell lang={lang} title={m.title} currentUrl={currentUrl}>
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
    </Shell>
  );
}
