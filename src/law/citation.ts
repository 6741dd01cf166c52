// Statute citations in English running text: "§ 18g Abs. 1 S. 2 Nr. 1 AufenthG" becomes
// "section 18g (1) sentence 2 no. 1 AufenthG". The `ref` field of a condition keeps the German form.

function translate(ref: string): string {
  return ref
    .replace(/§§ /g, 'sections ')
    .replace(/§ /g, 'section ')
    .replace(/ Abs\. (\d+[a-z]?)/g, ' ($1)')
    .replace(/ S\. (\d+)/g, ' sentence $1')
    .replace(/ Nr\. (\d+[a-z]?)/g, ' no. $1')
    .replace(/ i\. ?V\. ?m\. /g, ' in conjunction with ');
}

// The rules cite a few dozen fixed references, each many times per check: translate each once.
// The bound only guards against a caller that passes ever new strings.
const CACHE_LIMIT = 1_000;
const cache = new Map<string, string>();

export function refEn(ref: string): string {
  let en = cache.get(ref);
  if (en === undefined) {
    en = translate(ref);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(ref, en);
  }
  return en;
}
