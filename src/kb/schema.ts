/**
 * The knowledge-base entry format, as a zod schema: the single definition that the build, the tests,
 * the CLI (`leaklens kb validate`) and the TypeScript types all use.
 *
 * One entry = one incident = one JSON file `src/kb/incidents/<id>.json`. See docs/knowledge-base.md.
 */
import { z } from 'zod';
import { FIELD_IDS } from './fields.ts';

/** Text every reader-facing string carries in both languages, written in our own words. */
export const Bilingual = z.strictObject({
  en: z.string().trim().min(1, 'English text is empty'),
  hi: z.string().trim().min(1, 'Hindi text is empty').regex(/[\u0900-\u097F]/, 'Hindi text has no Devanagari'),
});
export type Bilingual = z.infer<typeof Bilingual>;

export const SourceUrl = z
  .string()
  .url('not a URL')
  .refine((u) => u.startsWith('https://'), 'sources must be https URLs');

export const Sources = z.array(SourceUrl).min(1, 'at least one source is required');

/**
 * A date as precise as the record allows: YYYY, YYYY-MM or YYYY-MM-DD. The value must be a real calendar date.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'not a real calendar date');

export function isRealPartialDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || y < 1990 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

export const FieldIdSchema = z.enum(FIELD_IDS);

export const Stance = z.enum(['denied', 'partially-denied', 'confirmed', 'under-investigation', 'no-comment']);
export type Stance = z.infer<typeof Stance>;

export const OverallStatus = z.enum(['denied', 'partially-denied', 'confirmed', 'under-investigation', 'no-response']);
export type OverallStatus = z.infer<typeof OverallStatus>;

/** What an official response is about: whether the source system was breached, the data itself, part of it, or all. */
export const ResponseCovers = z.enum(['source-system', 'data', 'part', 'full-confirmation']);

export const VenueKind = z.enum(['forum', 'telegram', 'dark-web', 'ransomware-group', 'researcher', 'media', 'social-media', 'company-notice', 'other']);

/** What a count counts. */
export const CountUnit = z.enum(['people', 'records', 'accounts', 'orders', 'cards', 'documents', 'bytes']);
export type CountUnit = z.infer<typeof CountUnit>;

export const RecordCount = z.strictObject({
  /** The count in units (people, records, orders…); null where no number was stated. */
  value: z.number().int().positive().nullable(),
  /** Other counts that reports gave for the same claim (e.g. 99 million and 110 million). */
  alternatives: z.array(z.number().int().positive()).default([]),
  unit: CountUnit.default('people'),
  /** The words reports used, as found (e.g. "15 crore", "150 million", "20 हजार"). */
  asReported: z.array(z.string().min(1)).default([]),
  /**
   * Counts of parts of the claim that reports gave on their own ("1.2 crore WhatsApp users" of 16.8 crore people):
   * a headline often leads with one, and it agrees with the claim as much as the total does.
   */
  parts: z.array(z.strictObject({ value: z.number().int().positive(), what: Bilingual })).default([]),
});

/** A price the claimant asked: for selling the data (`sale`) or for not publishing / restoring it (`ransom`). */
export const Price = z.strictObject({
  kind: z.enum(['sale', 'ransom']),
  /** The amount as reports gave it, e.g. "$800", "Rs 200 crore in cryptocurrency". */
  asReported: z.array(z.string().trim().min(1)).min(1, 'give the price as reported'),
});
export type Price = z.infer<typeof Price>;

/** A count the official side stated (e.g. "about 3.5 crore records", "5.62 lakh Indians"). */
export const OfficialCount = z.strictObject({
  value: z.number().int().positive(),
  unit: CountUnit,
  /** The words the official side or reports of its statement used, as found. */
  asReported: z.array(z.string().trim().min(1)).default([]),
});
export type OfficialCount = z.infer<typeof OfficialCount>;

/**
 * What a response disputes besides fields: that it was a breach rather than a scrape of public data
 * (`breach-vs-scrape`), that the system was the organisation's own rather than a vendor's (`third-party-system`),
 * the count (`count`), or that the data is new (`old-data`).
 */
export const ScopeDispute = z.enum(['breach-vs-scrape', 'third-party-system', 'count', 'old-data']);
export type ScopeDispute = z.infer<typeof ScopeDispute>;

export const Claim = z.strictObject({
  date: PartialDate,
  /** Free-text precision note, e.g. "first flagged in February, data searchable from 26 March". */
  dateNote: z.string().optional(),
  claimant: Bilingual,
  venue: z.strictObject({ kind: VenueKind, name: Bilingual }),
  recordCount: RecordCount,
  fields: z.array(FieldIdSchema),
  /** Claimed data that has no field id (e.g. HLR records), in our words. */
  otherData: z.array(Bilingual).default([]),
  /** The asking price or ransom, where the claimant or reports named one. */
  price: Price.optional(),
  sources: Sources,
});

/**
 * LeakLens's own rendering of a response's `quote` in the other language: `hi` for a quote in English (Latin
 * script), `en` for a quote in Hindi (Devanagari). Never verbatim: the sidebar labels it as LeakLens's translation.
 * `kb validate` requires it for every quote (src/kb/validate.ts).
 */
export const QuoteTranslation = z.strictObject({
  hi: z.string().trim().min(1, 'Hindi rendering is empty').max(300).regex(/[\u0900-\u097F]/, 'Hindi rendering has no Devanagari').optional(),
  en: z.string().trim().min(1, 'English rendering is empty').max(300).optional(),
});
export type QuoteTranslation = z.infer<typeof QuoteTranslation>;

export const OfficialResponse = z.strictObject({
  date: PartialDate,
  /** Free-text precision note on the date, e.g. "blog post undated; reported on 5 January". */
  dateNote: z.string().trim().min(1).optional(),
  by: Bilingual,
  stance: Stance,
  covers: ResponseCovers,
  /** What was said, as a faithful paraphrase in both languages. */
  statement: Bilingual,
  /** A short verbatim quote (under 15 words) in its original language, if the record has one. */
  quote: z.string().max(200).optional(),
  /** LeakLens's rendering of `quote` in the other language (see QuoteTranslation). */
  quoteTranslation: QuoteTranslation.optional(),
  fieldsNotCollected: z.array(FieldIdSchema).default([]),
  fieldsNotAffected: z.array(FieldIdSchema).default([]),
  fieldsAcknowledged: z.array(FieldIdSchema).default([]),
  /** A count the official side stated, where it gave one. */
  officialCount: OfficialCount.optional(),
  /** What the response disputes besides fields (see ScopeDispute). */
  scopeDisputes: z.array(ScopeDispute).optional(),
  sources: Sources,
});

export const TimelineEvent = z.strictObject({
  date: PartialDate,
  /** Free-text precision note on the date, e.g. "FIR registered in October for an attack in July". */
  dateNote: z.string().trim().min(1).optional(),
  event: Bilingual,
  sources: Sources,
});

export const Example = z.strictObject({
  lang: z.enum(['en', 'hi']),
  text: z.string().min(20),
});

export const Entry = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*?-\d{4}(-\d{2})?$/, 'id must be <org>-<yyyy>-<mm> (or <org>-<yyyy>); <org> may have hyphens (govwebsites-aadhaar)'),
    title: Bilingual,
    organisation: z.strictObject({
      /** Groups entries about the same organisation (e.g. every CoWIN incident has key "cowin"). */
      key: z.string().regex(/^[a-z0-9-]+$/),
      name: Bilingual,
      /** Ministry, parent company or operator, where readers meet it. */
      operator: Bilingual.optional(),
      /** Every name a reader meets: spellings, abbreviations, product and portal names, in both scripts. */
      aliases: z.strictObject({
        en: z.array(z.string().trim().min(2)).min(1),
        hi: z.array(z.string().trim().min(2)).min(1),
        /**
         * Aliases that only name the organisation in this exact letter case, because in another case they are
         * ordinary words (e.g. "boAt" the brand vs "boat"). Each must also appear in `en` or `hi`.
         */
        exactCase: z.array(z.string().trim().min(2)).default([]),
      }),
    }),
    sector: z.enum(['government', 'health', 'finance', 'telecom', 'e-commerce', 'food-delivery', 'education', 'transport', 'travel', 'insurance', 'consumer-electronics', 'social-media', 'technology', 'employment', 'retail']).array().min(1),
    status: OverallStatus,
    /** Like Have I Been Pwned: shown to readers, never hidden. */
    verification: z.enum(['verified', 'unverified', 'fabricated']),
    /** What the dossier marks as uncertain; the sidebar shows these as uncertain. */
    uncertain: z.array(Bilingual).default([]),
    claims: z.array(Claim).min(1),
    responses: z.array(OfficialResponse).default([]),
    timeline: z.array(TimelineEvent).default([]),
    examples: z.strictObject({
      match: z.array(Example).min(2),
      noMatch: z.array(Example).min(1),
    }),
    /** The date this entry was last checked against its sources. */
    reviewed: PartialDate,
    /** Set by `leaklens kb draft`: a draft never validates until a person completes it and removes this key. */
    draft: z
      .never({ error: 'this entry is a draft written by "leaklens kb draft": replace every TODO, add responses and sources, then delete "draft"' })
      .optional(),
  })
  .superRefine((entry, ctx) => {
    const [firstClaim] = entry.claims;
    checkOrder(entry.claims, ['claims'], ctx);
    checkOrder(entry.responses, ['responses'], ctx);
    checkOrder(entry.timeline, ['timeline'], ctx);
    if (firstClaim) {
      entry.responses.forEach((response, i) => {
        if (comparePartialDates(response.date, firstClaim.date) < 0) {
          ctx.addIssue({ code: 'custom', path: ['responses', i, 'date'], message: `response ${response.date} is dated before the first claim ${firstClaim.date}` });
        }
      });
    }
    if (!entry.examples.match.some((e) => e.lang === 'hi') || !entry.examples.match.some((e) => e.lang === 'en')) {
      ctx.addIssue({ code: 'custom', path: ['examples', 'match'], message: 'needs at least one Hindi and one English match example' });
    }
  });

export type Entry = z.infer<typeof Entry>;
export type EntryInput = z.input<typeof Entry>;
export type Claim = z.infer<typeof Claim>;
export type OfficialResponse = z.infer<typeof OfficialResponse>;

/** Compares partial dates by their common precision ("2021-03" and "2021-03-26" compare equal). */
export function comparePartialDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

function checkOrder(items: readonly { date: string }[], path: (string | number)[], ctx: z.RefinementCtx): void {
  for (let i = 1; i < items.length; i++) {
    if (comparePartialDates(items[i - 1]!.date, items[i]!.date) > 0) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'date'], message: `dates out of order: ${items[i - 1]!.date} comes before ${items[i]!.date}` });
    }
  }
}
