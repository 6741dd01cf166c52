// Turning a page's virtual DOM into an HTML document. preact-render-to-string
// escapes text and attribute values; nothing here bypasses that. Input shown back in a page may hold a NUL character
// or an unpaired surrogate (refused with a field error): they become U+FFFD, which HTML and UTF-8 can carry.

import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { displayableText } from '../../text.ts';

/** A complete HTML document: the doctype followed by the rendered page. */
export function renderPage<P>(vnode: VNode<P>): string {
  return `<!doctype html>\n${renderFragment(vnode)}`;
}

/** A part of a page, rendered as renderPage renders it within the page (no doctype). */
export function renderFragment<P>(vnode: VNode<P>): string {
  return displayableText(render(vnode as unknown as VNode));
}
