/** Compares an analysis with a generalisation fixture's labels. */
import type { Analysis } from '../../src/core/types.ts';
import type { GenFixture } from './fixtures/generalisation.ts';

/** Every way the analysis differs from the fixture's labels (empty when it matches). */
export function problems(f: GenFixture, a: Analysis): string[] {
  const out: string[] = [];
  if (a.isLeakArticle !== f.leak) out.push(`isLeakArticle ${a.isLeakArticle} (score ${a.score})`);
  if (!f.leak) return out;
  if (f.incident !== undefined && (a.incident?.id ?? null) !== f.incident) out.push(`incident ${a.incident?.id ?? 'null'}, expected ${f.incident ?? 'null'}`);
  if (f.fields) {
    const got = [...a.claimedFields].sort();
    const want = [...f.fields].sort();
    if (got.join() !== want.join()) out.push(`fields [${got.join(', ')}], expected [${want.join(', ')}]`);
  }
  if (f.count !== undefined && (a.claimedCount?.value ?? null) !== f.count) out.push(`count ${a.claimedCount ? `"${a.claimedCount.text}" = ${a.claimedCount.value}` : 'null'}, expected ${f.count}`);
  if (f.stance !== undefined && a.officialStanceInText !== f.stance) out.push(`stance ${a.officialStanceInText}, expected ${f.stance}`);
  return out;
}
