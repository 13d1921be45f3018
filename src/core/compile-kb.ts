/**
 * Compiles the knowledge base once: one Aho–Corasick automaton over every normalised organisation alias, field
 * synonym and cue word, plus per-organisation candidate lists and precomputed entry data for matching.
 */
import { FIELDS, FIELD_IDS, type FieldId } from '../kb/fields.ts';
import type { Entry } from '../kb/schema.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { CUE, CUE_CATEGORIES, FIELD_STOP_PHRASES, MONTHS, NUMBER_WORDS, SCALES, type CueCategory } from './lexicon.ts';
import { normalize, normalizePhrase } from './normalize.ts';

export type Payload =
  | { k: 'cue'; cat: CueCategory; ci: number; stem: boolean }
  | { k: 'field'; id: FieldId; stem: boolean }
  | { k: 'fstop'; stem: boolean }
  | { k: 'org'; org: number; exact: string | null; stem: boolean }
  | { k: 'month'; m: number; stem: boolean }
  | { k: 'scale'; mult: number; stem: boolean }
  | { k: 'numword'; v: number; stem: boolean }
  | { k: 'venuekind'; kind: string; stem: boolean };

export interface CompiledEntry {
  entry: Entry;
  org: number;
  /** First-claim year and month, and every claim's year. */
  years: Set<number>;
  months: Set<string>;
  /** Every month on record for the incident (claims, responses, timeline): dates an article about it may name. */
  recordMonths: Set<string>;
  firstDate: string;
  /** All counts the entry knows for its claims (values, alternatives and the counts of parts). */
  counts: number[];
  venueKinds: Set<string>;
  /** Normalised words of the venue and claimant names (4+ letters), for evidence that names the claim's source. */
  venueWords: Set<string>;
  /**
   * Venue and claimant words that single this incident out ("BreachForums", "TechCrunch", "bucket"): venue words
   * that few entries share and that are not cue words, field words or common words. Computed here, with the rest
   * of the compiled knowledge base (so at build time for the extension), not on a worker's first analysis.
   */
  distinctiveVenueWords: string[];
  fields: Set<FieldId>;
}

export interface CompiledOrg {
  key: string;
  entries: number[];
}

export interface CompiledKb {
  automaton: AhoCorasick;
  /** Payloads of each pattern. */
  payloads: Payload[][];
  entries: CompiledEntry[];
  orgs: CompiledOrg[];
}

/**
 * The payload with every property of every kind present, in one order, so that all payloads share one hidden
 * class in V8. Every analysis step reads `hit.p.k` (and more) for every hit; with a shape per kind those reads were
 * megamorphic lookups. The unused properties are invisible through the Payload type.
 */
function uniform(p: Payload): Payload {
  const all = { k: p.k, stem: p.stem, cat: '', ci: -1, id: '', org: -1, exact: null as string | null, m: 0, mult: 0, v: 0, kind: '' };
  return Object.assign(all, p) as Payload;
}

/** Venue words in articles → the schema's venue kinds. */
const VENUE_KIND_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['telegram', 'telegram'], ['टेलीग्राम', 'telegram'], ['टेलिग्राम', 'telegram'], ['chatbot*', 'telegram'], ['telegram bot', 'telegram'], ['बॉट', 'telegram'], ['चैटबॉट', 'telegram'],
  ['forum', 'forum'], ['forums', 'forum'], ['फोरम', 'forum'], ['raidforums', 'forum'], ['breachforums', 'forum'],
  ['dark web', 'dark-web'], ['darkweb', 'dark-web'], ['dark-web', 'dark-web'], ['डार्क वेब', 'dark-web'], ['डार्कवेब', 'dark-web'],
  ['ransomware', 'ransomware-group'], ['रैंसमवेयर', 'ransomware-group'],
];

export function compileKb(entries: readonly Entry[]): CompiledKb {
  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const payloads: Payload[][] = [];
  const add = (raw: string, make: (stem: boolean) => Payload, alreadyNormal = false): void => {
    let text = raw.trim();
    const stem = text.endsWith('*');
    if (stem) text = text.slice(0, -1);
    const norm = alreadyNormal ? text : normalizePhrase(text);
    if (norm.length === 0) return;
    let idx = patternIndex.get(norm);
    if (idx === undefined) {
      idx = patterns.length;
      patternIndex.set(norm, idx);
      patterns.push(norm);
      payloads.push([]);
    }
    payloads[idx]!.push(uniform(make(stem)));
  };

  CUE_CATEGORIES.forEach((cat, ci) => {
    for (const w of [...CUE[cat].en, ...CUE[cat].hi]) add(w, (stem) => ({ k: 'cue', cat, ci, stem }));
  });
  for (const id of FIELD_IDS) {
    const def = FIELDS[id];
    for (const w of [...def.synonyms.en, ...def.synonyms.hi]) add(w, (stem) => ({ k: 'field', id, stem }));
  }
  for (const w of FIELD_STOP_PHRASES) add(w, (stem) => ({ k: 'fstop', stem }));
  for (const [w, m] of MONTHS) add(w, (stem) => ({ k: 'month', m, stem }));
  for (const [w, mult] of SCALES) add(w, (stem) => ({ k: 'scale', mult, stem }));
  for (const [w, v] of NUMBER_WORDS) add(w, (stem) => ({ k: 'numword', v, stem }));
  for (const [w, kind] of VENUE_KIND_WORDS) add(w, (stem) => ({ k: 'venuekind', kind, stem }));

  const orgs: CompiledOrg[] = [];
  const orgOfKey = new Map<string, number>();
  const compiled: CompiledEntry[] = [];
  entries.forEach((entry, entryIndex) => {
    let org = orgOfKey.get(entry.organisation.key);
    if (org === undefined) {
      org = orgs.length;
      orgOfKey.set(entry.organisation.key, org);
      orgs.push({ key: entry.organisation.key, entries: [] });
    }
    orgs[org]!.entries.push(entryIndex);
    const exactCase = new Set(entry.organisation.aliases.exactCase ?? []);
    const orgIdx = org;
    // Aliases of every entry of an organisation are added (entries may list different spellings).
    for (const alias of [...entry.organisation.aliases.en, ...entry.organisation.aliases.hi]) {
      const exact = exactCase.has(alias) ? normalize(alias.trim()).cased : null;
      const norm = normalizePhrase(alias);
      // Avoid duplicate payloads for the same org and alias.
      const idx = patternIndex.get(norm);
      if (idx !== undefined && payloads[idx]!.some((p) => p.k === 'org' && p.org === orgIdx && p.exact === exact)) continue;
      add(norm, (stem) => ({ k: 'org', org: orgIdx, exact, stem }), true);
    }
    const years = new Set<number>();
    const months = new Set<string>();
    const counts: number[] = [];
    const venueKinds = new Set<string>();
    const venueWords = new Set<string>();
    const fields = new Set<FieldId>();
    for (const claim of entry.claims) {
      years.add(Number(claim.date.slice(0, 4)));
      if (claim.date.length >= 7) months.add(claim.date.slice(0, 7));
      if (claim.recordCount.value !== null) counts.push(claim.recordCount.value);
      counts.push(...claim.recordCount.alternatives);
      for (const part of claim.recordCount.parts) counts.push(part.value);
      venueKinds.add(claim.venue.kind);
      // Venue names and claimant names: a handle ("kiberphant0m", "perell", "ShinyHunters") singles a claim out.
      for (const w of `${claim.venue.name.en} ${claim.venue.name.hi} ${claim.claimant.en} ${claim.claimant.hi}`.split(/[\s,;()/"'“”‘’]+/)) {
        const n = normalizePhrase(w);
        if (n.length >= 4 && !GENERIC_VENUE_WORDS.has(n)) venueWords.add(n);
      }
      for (const f of claim.fields) fields.add(f);
    }
    const recordMonths = new Set<string>([...months]);
    for (const dated of [...entry.responses, ...entry.timeline]) if (dated.date.length >= 7) recordMonths.add(dated.date.slice(0, 7));
    for (const claim of entry.claims) if (claim.date.length === 4) recordMonths.add(`${claim.date}-06`);
    compiled.push({ entry, org: orgIdx, years, months, recordMonths, firstDate: entry.claims[0]!.date, counts, venueKinds, venueWords, distinctiveVenueWords: [], fields });
  });

  const df = new Map<string, number>();
  for (const x of compiled) for (const w of x.venueWords) df.set(w, (df.get(w) ?? 0) + 1);
  const common = commonWords();
  for (const x of compiled) x.distinctiveVenueWords = [...x.venueWords].filter((w) => w.length >= 5 && (df.get(w) ?? 0) <= 3 && !common.has(w) && !/^[\d$]/.test(w));

  return { automaton: new AhoCorasick(patterns), payloads, entries: compiled, orgs };
}

/** Cue words, field synonyms and everyday words, split into single normalised words. */
function commonWords(): Set<string> {
  const out = new Set<string>(COMMON_WORDS.map((w) => normalizePhrase(w)));
  const addPhrase = (p: string): void => {
    for (const w of p.replace(/\*$/, '').split(/[\s,;()/'-]+/)) if (w) out.add(normalizePhrase(w));
  };
  // Venue and claimant words stay: they are what names a venue ("Telegram", "BreachForums").
  for (const cat of CUE_CATEGORIES) if (cat !== 'venue' && cat !== 'claimant') for (const p of [...CUE[cat].en, ...CUE[cat].hi]) addPhrase(p);
  for (const [w] of [...SCALES, ...MONTHS, ...NUMBER_WORDS]) addPhrase(w);
  for (const id of FIELD_IDS) for (const p of [...FIELDS[id].synonyms.en, ...FIELDS[id].synonyms.hi]) addPhrase(p);
  return out;
}

const GENERIC_VENUE_WORDS = new Set(['hacking', 'forum', 'forums', 'website', 'online', 'media', 'other', 'social', 'channel', 'with', 'from', 'group', 'company', 'notice', 'और', 'फोरम', 'हैकिंग', 'वेबसाइट', 'पर', 'report', 'reports', 'रिपोर्ट', 'news', 'खबर', 'twitter', 'ट्विटर', 'post', 'पोस्ट', 'blog', 'notice', 'filing', 'statement', 'बयान']);

const COMMON_WORDS = [
  'about', 'their', 'there', 'which', 'where', 'when', 'later', 'also', 'some', 'sent', 'that', 'into', 'have', 'been', 'said', 'over', 'more', 'through', 'under', 'after',
  'other', 'public', 'service', 'services', 'system', 'systems', 'access', "company's", "india's", 'private', 'digital', 'before', 'while', 'would', 'could', 'these', 'those',
  'india', 'indian', 'person', "person's", 'replied', 'queried', 'random', 'handed', 'state-owned', 'reachable', 'asking', 'roughly', 'search', 'advertised', 'amplified',
  'जिसमें', 'जिसकी', 'जिसका', 'जिसे', 'जहां', 'करने', 'लेकर', 'देता', 'डालने', 'डालते', 'किया', 'नहीं', 'करीब', 'यानी', 'लगभग', 'वाला', 'वाले', 'जुडा', 'सेवा', 'सूचना', 'व्यक्ति', 'इंडिया',
  'भेजे', 'जरिए', 'जुटाए', 'खुलने', 'चलाई', 'मनमर्जी',
];
