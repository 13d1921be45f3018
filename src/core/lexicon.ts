/**
 * Cue-word lexicons (English and Hindi) for leak detection, stance and count parsing.
 *
 * Each cue category is one JSON file in src/core/lexicons/ (leak-verb.json, deny.json, …). Every term there carries
 * its language, a note saying why it belongs to the category, one sentence it must fire on and one it must not;
 * test/core/lexicons.test.ts checks every term against the compiled knowledge base.
 *
 * Terms are written in normalised spelling (see normalize.ts: one spelling per word, e.g. डेटा, नंबर, हैकर).
 * A trailing `*` marks a stem: it matches at the start of a word and lets any ending follow (hack* → hacked,
 * hackers; हैकर* → हैकरों). Without `*` a term matches whole words only.
 *
 * Numbers (scale words, number words) live in number-grammar.ts; they are re-exported here for the automaton.
 */
import leakVerb from './lexicons/leak-verb.json' with { type: 'json' };
import saleVerb from './lexicons/sale-verb.json' with { type: 'json' };
import flaw from './lexicons/flaw.json' with { type: 'json' };
import dataNoun from './lexicons/data-noun.json' with { type: 'json' };
import peopleNoun from './lexicons/people-noun.json' with { type: 'json' };
import claimant from './lexicons/claimant.json' with { type: 'json' };
import venue from './lexicons/venue.json' with { type: 'json' };
import claimVerb from './lexicons/claim-verb.json' with { type: 'json' };
import outsider from './lexicons/outsider.json' with { type: 'json' };
import modal from './lexicons/modal.json' with { type: 'json' };
import secondPerson from './lexicons/second-person.json' with { type: 'json' };
import official from './lexicons/official.json' with { type: 'json' };
import deny from './lexicons/deny.json' with { type: 'json' };
import safe from './lexicons/safe.json' with { type: 'json' };
import earlier from './lexicons/earlier.json' with { type: 'json' };
import confirm from './lexicons/confirm.json' with { type: 'json' };
import investigate from './lexicons/investigate.json' with { type: 'json' };
import touched from './lexicons/touched.json' with { type: 'json' };
import says from './lexicons/says.json' with { type: 'json' };
import victimVoice from './lexicons/victim-voice.json' with { type: 'json' };
import noResponse from './lexicons/no-response.json' with { type: 'json' };
import partial from './lexicons/partial.json' with { type: 'json' };
import negation from './lexicons/negation.json' with { type: 'json' };
import collect from './lexicons/collect.json' with { type: 'json' };
import genericOrg from './lexicons/generic-org.json' with { type: 'json' };
import exam from './lexicons/exam.json' with { type: 'json' };
import gas from './lexicons/gas.json' with { type: 'json' };
import film from './lexicons/film.json' with { type: 'json' };
import audio from './lexicons/audio.json' with { type: 'json' };
import specs from './lexicons/specs.json' with { type: 'json' };
import law from './lexicons/law.json' with { type: 'json' };
import tips from './lexicons/tips.json' with { type: 'json' };
import phishing from './lexicons/phishing.json' with { type: 'json' };
import stats from './lexicons/stats.json' with { type: 'json' };
import drill from './lexicons/drill.json' with { type: 'json' };
import missing from './lexicons/missing.json' with { type: 'json' };
import money from './lexicons/money.json' with { type: 'json' };
import role from './lexicons/role.json' with { type: 'json' };

/** One term of a lexicon file (src/core/lexicons/*.json). */
export interface LexiconTerm {
  term: string;
  lang: string;
  /** Why the term is in this category. */
  note: string;
  /** A sentence the term must fire on in this category. */
  fires: string;
  /** A sentence with the same letters (or a near miss) where it must not fire in this category. */
  notFires: string;
  /** Other categories that list the same word, each with the reason it belongs to both. */
  alsoIn?: Record<string, string>;
}

/** One lexicon file: a cue category. */
export interface LexiconFile {
  category: string;
  about: string;
  /** Hindi whole words also match their plural and oblique forms (see hindiForms). */
  hindiNounForms?: boolean;
  terms: LexiconTerm[];
}

/**
 * The lexicon files, in the order of the category indices (context.ts counts cues per category index, so this order
 * is part of the analyzer's state layout).
 */
const RAW_FILES = {
  leakVerb,
  dataNoun,
  peopleNoun,
  claimant,
  venue,
  claimVerb,
  modal,
  secondPerson,
  official,
  deny,
  safe,
  outsider,
  earlier,
  confirm,
  investigate,
  touched,
  says,
  victimVoice,
  noResponse,
  partial,
  negation,
  collect,
  genericOrg,
  exam,
  gas,
  film,
  audio,
  specs,
  law,
  tips,
  phishing,
  stats,
  drill,
  missing,
  money,
  role,
  saleVerb,
  flaw,
};

export type CueCategory = keyof typeof RAW_FILES;

/** The JSON's inferred types are unions per file; test/core/lexicons.test.ts checks every file against LexiconFile. */
const FILES = RAW_FILES as unknown as Readonly<Record<CueCategory, LexiconFile>>;

/** Each category's lexicon file. */
export const LEXICON_FILES: Readonly<Record<CueCategory, LexiconFile>> = FILES;

function termsOf(cat: CueCategory, lang: 'en' | 'hi'): readonly string[] {
  return FILES[cat].terms.filter((t) => t.lang === lang).map((t) => t.term);
}

/** Categories of nouns (hindiNounForms in their file), whose Hindi entries also match their plural and oblique forms. */
const hindiNounForms = (cat: CueCategory): boolean => FILES[cat].hindiNounForms === true;

/**
 * Hindi inflection, so that a lexicon lists each word once:
 *  - a stem ending in ी also matches the ि of the inflected forms (अधिकारी* → अधिकारियों, यात्री* → यात्रियों);
 *  - in noun categories a whole word ending in ी also matches -ियों/-ियां (लाभार्थी → लाभार्थियों), one ending
 *    in ा its -े/-ों forms (दावा → दावे, दावों), and a consonant-final single word its -ों plural (ग्राहक → ग्राहकों).
 */
export function hindiForms(entry: string, noun: boolean): string[] {
  const out = [entry];
  const II = '\u0940';
  const I = '\u093f';
  const AA = '\u093e';
  if (entry.endsWith(II + '*')) out.push(entry.slice(0, -2) + I + '*');
  if (!noun || entry.endsWith('*') || entry.includes(' ')) return out;
  const last = entry.charCodeAt(entry.length - 1);
  if (entry.endsWith(II)) out.push(entry.slice(0, -1) + I + 'यों', entry.slice(0, -1) + I + 'यां');
  else if (entry.endsWith(AA)) out.push(entry.slice(0, -1) + '\u0947', entry.slice(0, -1) + 'ों');
  else if (last >= 0x915 && last <= 0x939) out.push(entry + 'ों');
  return out;
}

export const CUE: Readonly<Record<CueCategory, { readonly en: readonly string[]; readonly hi: readonly string[] }>> = Object.fromEntries(
  (Object.keys(FILES) as CueCategory[]).map((cat) => {
    const noun = hindiNounForms(cat);
    const hi = [...new Set(termsOf(cat, 'hi').flatMap((w) => hindiForms(w, noun)))];
    return [cat, { en: termsOf(cat, 'en'), hi }];
  }),
) as unknown as Record<CueCategory, { en: readonly string[]; hi: readonly string[] }>;
export const CUE_CATEGORIES = Object.keys(FILES) as CueCategory[];

/** Scale words and number words: the number grammar's, compiled into the automaton with the cues. */
export { NUMBER_WORDS, SCALES } from './number-grammar.ts';

export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
  ['जनवरी', 1], ['फरवरी', 2], ['मार्च', 3], ['अप्रैल', 4], ['मई', 5], ['जून', 6], ['जुलाई', 7], ['अगस्त', 8], ['सितंबर', 9], ['अक्टूबर', 10], ['अक्तूबर', 10], ['नवंबर', 11], ['दिसंबर', 12],
];

/**
 * Phrases inside which a field synonym does not name a data field ("पता चला" = "it emerged", "pan-India").
 */
export const FIELD_STOP_PHRASES: readonly string[] = [
  'पता चल*', 'पता लग*', 'पता नहीं', 'पता करें', 'पता कर*', 'pan-india', 'pan india', 'in the name of', 'नाम से', 'के नाम पर', 'name of the company', 'age group',
  'email us', 'its name', 'नाम न छापने', 'नाम नहीं', 'पासवर्ड बदल*', 'change your password*', 'change their password*', 'strong password*',
  // The claimant's or the product's name, not a data field: "going by the name X", "'X' नाम के हैकर ने".
  'by the name', 'under the name', 'the name of', 'named after', 'name and shame', 'नाम के हैकर*', 'नाम का हैकर', 'नाम के एक', 'नाम का एक', 'नाम की एक', 'नाम के यूजर*',
  'नाम वाले', 'नाम वाली', 'नाम के शख्स', 'नाम के ग्रुप', 'नाम के समूह', 'नाम का ग्रुप', 'नाम का समूह', 'नाम से जाने', 'नाम से मशहूर', 'नाम पर',
  // A SIM card, a ration card: not payment card details.
  'सिम कार्ड की जानकारी', 'सिम कार्ड के डिटेल*', 'sim card details', 'sim card number*', 'राशन कार्ड की जानकारी',
  // Advice, not a claimed field.
  'reset your password*', 'reset their password*', 'update your password*', 'use a strong', 'password manager', 'पासवर्ड रीसेट', 'मजबूत पासवर्ड', 'पासवर्ड बदलें', 'पासवर्ड बदल लें',
  'enable two-factor', 'two-factor authentication', 'otp verification', 'otp authentication', 'otp ऑथेंटिकेशन', 'ओटीपी ऑथेंटिकेशन',
  // What the company did after the leak: the passwords it reset are not data the claim lists.
  'reset the password', 'reset the passwords', 'reset password', 'reset passwords', 'passwords were reset', 'पासवर्ड रीसेट कर*',
  // Picture captions and credits: "(AP Photo)", "Photo: AFP", "प्रतीकात्मक तस्वीर".
  'photo:', 'ap photo', 'file photo', 'photo credit*', 'photo courtesy', 'representative photo', 'representative image', 'representational image',
  'फाइल फोटो', 'प्रतीकात्मक फोटो', 'प्रतीकात्मक तस्वीर', 'सांकेतिक तस्वीर', 'सांकेतिक फोटो', 'फोटो साभार',
  // A name the article gives something ("X (पुराना नाम ट्विटर)"), not a field.
  'पुराना नाम', 'formerly known as',
  // A telecom database (HLR), not the subscribers' locations.
  'home location register', 'होम लोकेशन रजिस्टर',
  // How a server was left open ("a bucket left without a password"), not passwords in the data.
  'without a password', 'without any password', 'without password', 'no password protection', 'not password-protected', 'password-protected', 'password protected',
  'बिना पासवर्ड', 'पासवर्ड के बिना',
];
