import { describe, expect, it } from 'vitest';
import { analyzeDetailed } from '../../src/core/analyze.ts';
import { realKb } from './helpers.ts';

/** The analysis of an article with its features (leak features, count candidates); throws if the analysis failed. */
function detailsOf(title: string, text: string) {
  const d = analyzeDetailed({ title, text }, realKb());
  if (!d.features) throw new Error(`analysis failed: ${d.error}`);
  return { leak: d.features.leak, counts: d.features.counts, analysis: d.analysis, picked: d.analysis.claimedCount };
}

describe('official assurances (no one claims a leak)', () => {
  it('a known organisation in the title is no victim when no sentence reports a leak', () => {
    const { leak, analysis } = detailsOf(
      'Aadhaar database cannot be hacked, minister tells summit',
      'Speaking at a banking summit on Tuesday, the IT minister said the Aadhaar database cannot be breached because it is encrypted. He said the system handles crores of authentications every day.',
    );
    expect(leak.noLeakSentence).toBe(1);
    expect(leak.knownVictim).toBe(0);
    expect(analysis.isLeakArticle).toBe(false);
  });

  it('an assurance that recounts the question it answers reads as mostly denials', () => {
    const { leak, analysis } = detailsOf(
      '',
      'सरकार ने मंगलवार को राज्यसभा में कहा कि आधार का डेटा पूरी तरह सुरक्षित है और उससे कोई डेटा चोरी नहीं हुआ है। ' +
        'एक सांसद ने प्रश्नकाल में आधार डेटा की चोरी का मुद्दा उठाया था। ' +
        'मंत्री ने कहा कि आधार डेटा कभी लीक नहीं हुआ और आगे भी इसकी कोई गुंजाइश नहीं है।',
    );
    expect(leak.mostlyDenials).toBe(1);
    expect(leak.noClaimSide).toBe(1);
    // Whether it tips the decision is the fitted weights' call (measured on the real corpora by npm run fit).
    expect(analysis.score).toBeLessThan(0.9);
  });

  it('a denial that answers reported allegations is not an assurance: the claim side is there', () => {
    const { leak, analysis } = detailsOf(
      'UIDAI denies Aadhaar data leak from its servers',
      'Media reports alleged that the Aadhaar details of lakhs of people were exposed on government websites. ' +
        'UIDAI said there was no breach or leakage of Aadhaar data from its database. ' +
        'There has been no leak of biometric data at UIDAI, the authority said.',
    );
    expect(leak.reportedAsClaim).toBe(1);
    expect(leak.mostlyDenials).toBe(0);
    expect(analysis.isLeakArticle).toBe(true);
  });
});

describe('count candidate features', () => {
  it('marks parts listed together, a count stated again, and the body\'s first count', () => {
    const { counts } = detailsOf(
      'Leak hits 1.2 crore WhatsApp users, 17 lakh Facebook users',
      'Police said a gang sold the personal data of 16.8 crore citizens. The haul included 1.2 crore WhatsApp users and 17 lakh Facebook users. In all, data of 16.8 crore people was traded.',
    );
    const byValue = (v: number) => counts.filter((c) => c.value === v);
    expect(byValue(168000000)).toHaveLength(2);
    for (const c of byValue(168000000)) {
      expect(c.x.listedWithOthers).toBe(0);
      expect(c.x.restated).toBe(1);
      expect(c.x.countsPeople).toBe(1);
    }
    expect(byValue(168000000)[0]!.x.firstInBody).toBe(1);
    for (const c of byValue(1700000)) expect(c.x.listedWithOthers).toBe(1);
    expect(byValue(12000000).some((c) => c.x.inTitle === 1)).toBe(true);
  });

  it('a count beside a claimant is in a claim sentence; a survey figure is in a statistics sentence', () => {
    const { counts } = detailsOf(
      '',
      'A hacker on a dark web forum claims to hold records of 2 crore customers of a grocery app. A survey says 70 crore Indians now shop online.',
    );
    const claim = counts.find((c) => c.value === 20000000)!;
    const survey = counts.find((c) => c.value === 700000000)!;
    expect(claim.x.claimSentence).toBe(1);
    expect(survey.x.claimSentence).toBe(0);
    expect(survey.x.statsSentence).toBe(1);
  });

  it('the claim\'s count wins over a larger market figure stated after it', () => {
    const { picked } = detailsOf(
      'Hacker claims data of 2 crore grocery app customers',
      'A hacker on a dark web forum claims to hold records of 2 crore customers of a grocery app. The sample includes names and phone numbers. Around 70 crore Indians now shop online.',
    );
    expect(picked?.value).toBe(20000000);
  });
});

describe('an organisation named only as a kind of data', () => {
  it('is no victim, and a server left without a password lists no passwords', () => {
    const { leak, analysis } = detailsOf(
      'Open server exposed KYC papers of a lending app\'s users',
      'A storage bucket left without a password exposed scanned Aadhaar cards, PAN cards and selfies of 4 lakh borrowers of a lending app, a researcher said.',
    );
    expect(leak.knownVictim).toBe(0);
    expect(analysis.isLeakArticle).toBe(true);
    expect(analysis.claimedFields).toContain('aadhaar-numbers');
    expect(analysis.claimedFields).not.toContain('passwords');
  });
});
