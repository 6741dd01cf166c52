// Statute citations in English running text: "§ 18g Abs. 1 S. 2 Nr. 1 AufenthG" becomes
// "section 18g (1) sentence 2 no. 1 AufenthG". The `ref` field of a condition keeps the German form.

import { memoize } from './memo.ts';

function translate(ref: string): string {
  return ref
    .replace(/§§ /g, 'sections ')
    .replace(/§ /g, 'section ')
    .replace(/ Abs\. (\d+[a-z]?)/g, ' ($1)')
    .replace(/ S\. (\d+)/g, ' sentence $1')
    .replace(/ Nr\. (\d+[a-z]?)/g, ' no. $1')
    .replace(/ i\. ?V\. ?m\. /g, ' in conjunction with ');
}

/** The rules cite a few dozen fixed references, each many times per check: each is translated once. */
export const refEn: (ref: string) => string = memoize(translate);
