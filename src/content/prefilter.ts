/**
 * The only code that runs on every page of the listed news sites, so it must cost almost nothing: it reads the
 * title, the description and the first few paragraphs (textContent, no layout), and answers whether the page
 * can be about a data leak. Everything else (analyzer, knowledge base, sidebar) loads only when it says yes.
 * False positives are fine (the analyzer decides); false negatives lose a reader, so the words are broad.
 */

/** How much page text the prefilter looks at, at most. */
export const SAMPLE_CHARS = 6000;

// A leak word AND a data word must both appear. Spelling variants are listed here because the prefilter
// cannot afford the analyzer's normalisation.
export const LEAK_WORDS = /leak|breach|hack|dark ?web|ransomware|exposed|लीक|सेंध|सेंधमारी|हैक|हेक|ब्रीच|डार्क वेब|रैनसमवेयर|साइबर हमल/i;
export const DATA_WORDS = /data|record|customer|user|patient|account|detail|personal|डेटा|डाटा|डैटा|रिकॉर्ड|रिकार्ड|जानकारी|ग्राहक|यूजर|यूज़र|उपभोक्ता|मरीज|खाताधारक|निजी/i;

export function sampleText(doc: Document): string {
  const parts: string[] = [doc.title];
  const meta = doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content');
  if (meta) parts.push(meta);
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) parts.push(h1);
  let length = parts.join(' ').length;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 12 && length < SAMPLE_CHARS; i++) {
    const text = paragraphs[i]!.textContent ?? '';
    parts.push(text.slice(0, SAMPLE_CHARS - length));
    length += text.length;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

export function mayBeLeakArticle(sample: string): boolean {
  return LEAK_WORDS.test(sample) && DATA_WORDS.test(sample);
}
