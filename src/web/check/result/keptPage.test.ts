// The page kept with a saved check (issue 13) is byte for byte the page rendered whole, as before: the anonymous page at
// /checks/:id, and any other request's frame (a signed-in user's header, another URL) around the kept content.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'preact';
import type { VNode } from 'preact';
import { evaluateIn } from '../../../law/check.ts';
import { PERSONAS } from '../../../law/testing/personas.ts';
import type { Lang } from '../../../i18n/index.ts';
import { PageChromeContext } from '../../shell/chrome.ts';
import type { PageChrome } from '../../shell/chrome.ts';
import { ANONYMOUS_CHROME, framePage } from '../../shell/html.ts';
import { renderFragment, renderPage } from '../../shell/render.ts';
import { amountText } from '../routing.ts';
import { ResultContent, ResultPage, resultTitle } from '../views/ResultPage.tsx';
import { renderKeptPage } from './routes.ts';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';

function whole(chrome: PageChrome, lang: Lang, currentUrl: string, input: ReturnType<typeof PERSONAS.developer>): string {
  const page = h(ResultPage, {
    lang,
    currentUrl,
    checkId: ID,
    result: evaluateIn(input, lang),
    input,
    whatIf: { salary: input.job ? amountText(input.job.annualGrossSalaryEur, lang) : '', german: input.person.german, english: input.person.english, date: input.decisionDate },
    whatIfActive: false,
    whatIfErrors: [],
  });
  return renderPage(h(PageChromeContext.Provider, { value: chrome }, page as unknown as VNode));
}

const ADA: PageChrome = { user: { name: 'Ada <Erste> & Co', role: 'adviser' }, csrfToken: 'token-of-ada', nav: [{ href: '/companies', label: 'Unternehmen' }] };

for (const [name, persona] of Object.entries(PERSONAS)) {
  for (const lang of ['de', 'en'] as const) {
    test(`${name}, ${lang}: the kept page is the whole page, and other frames around its content are their whole pages`, () => {
      const input = persona();
      const kept = renderKeptPage(lang, ID, input, evaluateIn(input, lang));
      assert.equal(kept.html, whole(ANONYMOUS_CHROME, lang, `/checks/${ID}`, input));
      const content = kept.html.slice(kept.contentStart, kept.contentEnd);
      assert.match(content, /^<div class="check-result">[^]*<\/div>$/);
      assert.equal(content, renderFragment(h(ResultContent, { lang, checkId: ID, result: evaluateIn(input, lang), input, whatIf: { salary: input.job ? amountText(input.job.annualGrossSalaryEur, lang) : '', german: input.person.german, english: input.person.english, date: input.decisionDate }, whatIfActive: false, whatIfErrors: [] })));
      for (const [chrome, url] of [
        [ADA, `/checks/${ID}`],
        [ANONYMOUS_CHROME, `/checks/${ID}/?lang=${lang}&x=<"'>`],
      ] as const) {
        const frame = framePage(chrome, { lang, title: resultTitle(lang), currentUrl: url });
        assert.equal(frame.before + content + frame.after, whole(chrome, lang, url, input));
      }
    });
  }
}
