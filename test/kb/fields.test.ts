import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { FIELD_IDS, FIELDS } from '../../src/kb/fields.ts';
import { realKb } from '../core/helpers.ts';

describe('field vocabulary', () => {
  it('every list-only synonym is also a synonym of its field', () => {
    for (const id of FIELD_IDS) {
      const f = FIELDS[id];
      for (const lang of ['en', 'hi'] as const) for (const w of f.listOnly?.[lang] ?? []) expect(f.synonyms[lang], `${id}: ${w}`).toContain(w);
    }
  });

  it('a list-only word names its field only beside another field', () => {
    const fieldsOf = (text: string): string[] => analyze({ title: 'Hacker claims data of 5 lakh customers of a travel portal', text }, realKb()).claimedFields;
    const claim = 'A hacker claims to sell the data of 5 lakh customers of a travel portal on a forum.';
    expect(fieldsOf(`${claim} The leaked data holds names, emails and phone numbers.`)).toContain('email-addresses');
    expect(fieldsOf(`${claim} The leaked data holds names and phone numbers. Customers should watch for suspicious emails.`)).not.toContain('email-addresses');
    expect(fieldsOf(`${claim} The leaked data holds the email addresses of customers.`)).toContain('email-addresses');
  });
});
