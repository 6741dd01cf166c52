// Turning a page's virtual DOM into an HTML document. preact-render-to-string
// escapes text and attribute values; nothing here bypasses that.

import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** A complete HTML document: the doctype followed by the rendered page. */
export function renderPage<P>(vnode: VNode<P>): string {
  return `<!doctype html>\n${render(vnode as unknown as VNode)}`;
}
