/**
 * The only code that runs on every page of the listed news sites, so it must cost almost nothing: it reads the
 * title, the description and the first few paragraphs (textContent, no layout), and answers whether the page
 * can be about a data leak. Everything else (analyzer, knowledge base, sidebar) loads only when it says yes.
 * False positives are fine (the analyzer decides); false negatives lose a reader, so the words are broad.
 *
 * Cost (npm run bench:page, Chromium): what a page pays for any content script, an empty one included, is the
 * browser creating LeakLens's isolated world (about 1.5-2 ms on the benchmark's page); what this code adds is
 * mostly the first touch of the DOM from that world. The tests are plain substring searches on the lowercased
 * sample, not regular expressions: a regular expression is compiled on its first use, and on every page this is
 * the first use (measured: about 0.2 ms more per page).
 */

/** How much page text the prefilter looks at, at most. */
export const SAMPLE_CHARS = 6000;

// A leak word AND a data word must both appear (lowercase; the sample is lowercased). Spelling variants are listed
// here because the prefilter cannot afford the analyzer's normalisation; a word that contains another listed word
// (सेंधमारी, सेंध) needs only the shorter one.
// (One string split at '|' keeps the every-page script short.)
export const LEAK_WORDS: readonly string[] = 'leak|breach|hack|dark web|darkweb|ransomware|exposed|लीक|सेंध|हैक|हेक|ब्रीच|डार्क वेब|रैनसमवेयर|साइबर हमल'.split('|');
export const DATA_WORDS: readonly string[] = 'data|record|customer|user|patient|account|detail|personal|डेटा|डाटा|डैटा|रिकॉर्ड|रिकार्ड|जानकारी|ग्राहक|यूजर|यूज़र|उपभोक्ता|मरीज|खाताधारक|निजी'.split('|');

export function sampleText(doc: Document): string {
  const parts: string[] = [doc.title];
  const meta = doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content');
  if (meta) parts.push(meta);
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) parts.push(h1);
  let length = parts.join(' ').length;
  // Indexing a live collection walks the document only as far as the index; asking its length would count every
  // paragraph of the page.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < 12 && length < SAMPLE_CHARS; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    const text = paragraph.textContent ?? '';
    parts.push(text.slice(0, SAMPLE_CHARS - length));
    length += text.length;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

export function containsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]!)) return true;
  return false;
}

export function mayBeLeakArticle(sample: string): boolean {
  const text = sample.toLowerCase();
  return containsAny(text, LEAK_WORDS) && containsAny(text, DATA_WORDS);
}
