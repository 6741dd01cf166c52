// Where the web shell's static assets live and the URLs pages use to load them.
// URLs carry a version (`?v=`): a content hash for our own CSS, the package version
// for htmx, so browsers may cache them for a long time and still see every change.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { projectPath } from '../paths.ts';

const require = createRequire(projectPath('package.json'));

/** Directory served under `/static/`. */
export const STATIC_ROOT = projectPath('src', 'web', 'static') + '/';

/** htmx is served straight from the installed package: nothing vendored, nothing copied. */
export const HTMX_FILE = require.resolve('htmx.org/dist/htmx.min.js');
/** The package's pre-compressed copy, served to clients that accept gzip. */
export const HTMX_GZIP_FILE = `${HTMX_FILE}.gz`;
export const HTMX_VERSION: string = (
  JSON.parse(readFileSync(require.resolve('htmx.org/package.json'), 'utf8')) as { version: string }
).version;

function contentVersion(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}

export const ASSET_PATHS = {
  css: '/static/css/lotse.css',
  htmx: '/static/vendor/htmx.min.js',
} as const;

export const ASSET_URLS = {
  css: `${ASSET_PATHS.css}?v=${contentVersion(projectPath('src', 'web', 'static', 'css', 'lotse.css'))}`,
  htmx: `${ASSET_PATHS.htmx}?v=${HTMX_VERSION}`,
} as const;
