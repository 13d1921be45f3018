/**
 * Text normalisation with an offset map back to the original string.
 *
 * One linear pass over the input (plus a per-word NFC step only for the rare words that carry non-Devanagari
 * combining marks) produces:
 *   - `text`: the folded, lowercased text every matcher works on;
 *   - `cased`: the same text with the original letter case (same length, same offsets), for exact-case aliases;
 *   - `map`: for each code unit of `text`, the index in the original string it came from (`map[text.length]` is
 *     the original length), so that spans found in `text` can be quoted verbatim from the original.
 *
 * What is folded (the lexicons, aliases and field synonyms are normalised with the same function, so they may be
 * written in any of these spellings, but list one):
 *   - zero-width and invisible characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, LRM/RLM) are removed;
 *   - Devanagari digits become ASCII digits;
 *   - nukta forms are folded to their base letters (ज़→ज, फ़→फ, ड़→ड, ढ़→ढ, क़→क, ख़→ख, ग़→ग, य़→य, ऩ→न, ऱ→र, ऴ→ळ);
 *   - chandrabindu becomes anusvara (ँ→ं);
 *   - a nasal consonant + virama before a consonant of its own class becomes anusvara (नम्बर→नंबर, सम्पर्क→संपर्क);
 *   - spelling variants of loan words: डाटा/डैटा→डेटा, हेकर→हैकर, सायबर→साइबर (see SPELLING_VARIANTS);
 *   - Latin letters are lowercased; curly quotes become straight quotes; dashes and minus signs become '-';
 *   - each run of whitespace becomes one space, or one '\n' when the run holds a line break.
 */

export interface Normalized {
  text: string;
  cased: string;
  /** Original index of each code unit of `text`; one extra slot at the end holds the original length. */
  map: Int32Array;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f]);

/** Equal-length replacements applied after character folding (kept equal-length so offsets stay 1:1). */
const SPELLING_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['डाटा', 'डेटा'],
  ['डैटा', 'डेटा'],
  ['हेकर', 'हैकर'],
  ['हेकिंग', 'हैकिंग'],
  ['सायबर', 'साइबर'],
  ['यूज़र', 'यूजर'],
  ['डाटाबेस', 'डेटाबेस'],
];

// Per-code-unit fold table for the Basic Multilingual Plane characters that change; 0 = keep, -1 = drop.
const FOLD = new Int32Array(0x10000);
(function buildFoldTable() {
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
  for (let c = 0xc0; c < 0x250; c++) {
    const s = String.fromCharCode(c);
    const l = s.toLowerCase();
    if (l.length === 1 && l !== s) FOLD[c] = l.charCodeAt(0);
  }
  for (let c = 0x391; c <= 0x3a9; c++) FOLD[c] = c + 32; // Greek capitals (rare, harmless)
  for (let c = 0x410; c <= 0x42f; c++) FOLD[c] = c + 32; // Cyrillic capitals
  for (const c of ZERO_WIDTH) FOLD[c] = -1;
  for (let d = 0; d < 10; d++) FOLD[0x966 + d] = 0x30 + d; // Devanagari digits
  FOLD[0x93c] = -1; // nukta
  FOLD[0x901] = 0x902; // chandrabindu → anusvara
  const nukta: Array<[number, string]> = [
    [0x958, 'क'], [0x959, 'ख'], [0x95a, 'ग'], [0x95b, 'ज'], [0x95c, 'ड'], [0x95d, 'ढ'], [0x95e, 'फ'], [0x95f, 'य'],
    [0x929, 'न'], [0x931, 'र'], [0x934, 'ळ'],
  ];
  for (const [c, base] of nukta) FOLD[c] = base.charCodeAt(0);
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x0060, 0x00b4]) FOLD[c] = 0x27; // ' quotes
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]) FOLD[c] = 0x22; // " quotes
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) FOLD[c] = 0x2d;
  FOLD[0x00a0] = 0x20;
  FOLD[0x202f] = 0x20;
  FOLD[0x2007] = 0x20;
})();

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 ||
    c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0xa0 || c === 0x202f;
}
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}
/** Combining marks that NFC may compose, outside Devanagari (which the fold table handles itself). */
function needsNfc(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3099 && c <= 0x309a);
}

// Nasal + virama + consonant of the same class → anusvara + consonant.
const VIRAMA = 0x94d;
const NASAL_CLASS = new Map<number, [number, number]>([
  [0x919, [0x915, 0x918]], // ङ before क–घ
  [0x91e, [0x91a, 0x91d]], // ञ before च–झ
  [0x923, [0x91f, 0x922]], // ण before ट–ढ
  [0x928, [0x924, 0x927]], // न before त–ध
  [0x92e, [0x92a, 0x92d]], // म before प–भ
]);

const VARIANT_FIRST = new Set(SPELLING_VARIANTS.map(([from]) => from.charCodeAt(0)));

export function normalize(input: string): Normalized {
  const src = typeof input === 'string' ? input : String(input ?? '');
  const n = src.length;
  const out = new Uint16Array(n + 1);
  const cas = new Uint16Array(n + 1);
  const map = new Int32Array(n + 2);
  let o = 0;
  let pendingSpace = 0; // 0 none, 1 space, 2 newline
  let spaceAt = 0;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) {
      if (pendingSpace === 0) spaceAt = i;
      if (isLineBreak(c)) pendingSpace = 2;
      else if (pendingSpace === 0) pendingSpace = 1;
      i++;
      continue;
    }
    const f = FOLD[c]!;
    if (f === -1) {
      i++;
      continue;
    }
    if (pendingSpace !== 0) {
      if (o > 0) {
        out[o] = pendingSpace === 2 ? 0x0a : 0x20;
        cas[o] = out[o]!;
        map[o] = spaceAt;
        o++;
      }
      pendingSpace = 0;
    }
    if (needsNfc(c) && o > 0) {
      // Rare: recompose the word around this mark with NFC; every output unit maps to the word's start.
      let ws = o - 1;
      while (ws > 0 && out[ws - 1] !== 0x20 && out[ws - 1] !== 0x0a) ws--;
      let we = i;
      while (we < n && !isSpace(src.charCodeAt(we))) we++;
      const origStart = map[ws]!;
      const word = src.slice(origStart, we).normalize('NFC');
      o = ws;
      for (let k = 0; k < word.length && o < out.length - 1; k++) {
        const wc = word.charCodeAt(k);
        const wf = FOLD[wc]!;
        if (wf === -1) continue;
        cas[o] = wc;
        out[o] = wf === 0 ? wc : wf;
        map[o] = origStart;
        o++;
      }
      i = we;
      continue;
    }
    const v = f === 0 ? c : f;
    if (c === VIRAMA && o > 0) {
      const range = NASAL_CLASS.get(out[o - 1]!);
      if (range) {
        let j = i + 1;
        while (j < n && FOLD[src.charCodeAt(j)] === -1) j++;
        const next = j < n ? src.charCodeAt(j) : 0;
        if (next >= range[0] && next <= range[1]) {
          out[o - 1] = 0x902;
          cas[o - 1] = 0x902;
          i++;
          continue;
        }
      }
    }
    out[o] = v;
    cas[o] = f !== 0 && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c < 0x250) || (c >= 0x391 && c <= 0x42f)) ? c : v;
    map[o] = i;
    o++;
    i++;
  }
  map[o] = n;
  // Spelling variants (equal length, in place).
  for (let k = 0; k < o; k++) {
    if (!VARIANT_FIRST.has(out[k]!)) continue;
    for (const [from, to] of SPELLING_VARIANTS) {
      if (k + from.length > o) continue;
      let same = true;
      for (let m = 0; m < from.length; m++) {
        if (out[k + m] !== from.charCodeAt(m)) {
          same = false;
          break;
        }
      }
      if (same) {
        for (let m = 0; m < to.length; m++) {
          out[k + m] = to.charCodeAt(m);
          cas[k + m] = to.charCodeAt(m);
        }
        break;
      }
    }
  }
  return { text: decode(out, o), cased: decode(cas, o), map: map.subarray(0, o + 1) };
}

const CHUNK = 8192;
function decode(buf: Uint16Array, len: number): string {
  if (len <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let s = 0; s < len; s += CHUNK) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(s, Math.min(len, s + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Normalises a short phrase (lexicon entry, alias, synonym) the same way as article text. */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase).text.trim();
}

/** Word characters: Latin letters and digits, Latin-1/extended letters, Devanagari letters, signs and digits. */
/** Whether normalised `text` holds `phrase` as whole words (not inside a longer word). Empty phrases never match. */
export function hasWholeWord(text: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
    const after = at + phrase.length >= text.length ? 0x20 : text.charCodeAt(at + phrase.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x900 && c <= 0x97f) return c !== 0x964 && c !== 0x965 && c !== 0x970;
  if (c >= 0xc0 && c < 0x250) return c !== 0xd7 && c !== 0xf7;
  return false;
}

/**
 * The original text behind the normalised units [start, end): from the original offset of `start` up to where the
 * next normalised unit begins, less trailing whitespace. Marks and variant letters that normalisation folded away
 * at the end ("करोड़" read as "करोड") stay in the quote, which is then exactly as the article wrote it.
 */
export function originalEnd(norm: { map: ArrayLike<number> }, original: string, end: number): number {
  let b = end < norm.map.length ? norm.map[end]! : original.length;
  while (b > 0 && /\s/.test(original[b - 1]!)) b--;
  return b;
}
