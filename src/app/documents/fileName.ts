// The name an upload arrives with is shown in the checklist and sent back in the download's Content-Disposition; it
// never becomes a path (the storage makes its own keys). It must still be a plain file name: a name with a path in it
// (/ or \), "..", control characters or malformed text is refused rather than trimmed, so that what the user sees
// is what they sent.

import { isMalformedText } from '../../text.ts';

export const FILE_NAME_MAX = 255;

/** Why a name is no plain file name, or null when it is one. */
export function fileNameProblem(name: string): 'required' | 'tooLong' | 'path' | 'characters' | null {
  if (name.trim() === '') return 'required';
  if (name.length > FILE_NAME_MAX) return 'tooLong';
  if (name.includes('/') || name.includes('\\') || name.includes('..')) return 'path';
  // C0, DEL and C1 controls, and Unicode's line and paragraph separators, bidi overrides and isolates: nothing that can
  // break a header, a log line or make a shown name read otherwise than it is
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name) || isMalformedText(name)) return 'characters';
  return null;
}
