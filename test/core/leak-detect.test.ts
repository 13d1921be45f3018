import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/core/context.ts';
import { isDataLeakSentence, isDenialSentence } from '../../src/core/leak-detect.ts';
import { normalize } from '../../src/core/normalize.ts';
import { realKb } from './helpers.ts';

function oneSentence(sentence: string) {
  const ctx = buildContext(realKb(), normalize(sentence), 0);
  expect(ctx.sentences).toHaveLength(1);
  return ctx.sentences[0]!;
}

describe('denial sentences', () => {
  it('an assurance of safety with a negated theft is a denial, in Hindi and English', () => {
    expect(isDenialSentence(oneSentence('मंत्री ने कहा कि आधार का डेटा पूरी तरह सुरक्षित है और उससे कोई चोरी नहीं हुई है।'))).toBe(true);
    expect(isDenialSentence(oneSentence('The minister said the data is fully secure and was never stolen.'))).toBe(true);
  });

  it('safe, with the theft not negated, is a report and not a denial', () => {
    expect(isDenialSentence(oneSentence('Officials said the servers are safe now, after hackers stole the data of 2 lakh users.'))).toBe(false);
  });
});

describe('sale verbs', () => {
  it('a sale of data is a leak sentence', () => {
    expect(isDataLeakSentence(oneSentence('A hacker sold the customer records of Policybazaar on a forum.'))).toBe(true);
    expect(isDataLeakSentence(oneSentence('हैकर ने पॉलिसीबाजार के ग्राहकों का डेटा बेचा।'))).toBe(true);
  });

  it('an organisation that sells is a seller, not leaked data', () => {
    expect(isDataLeakSentence(oneSentence('Policybazaar sold 40% more policies this quarter.'))).toBe(false);
    expect(isDataLeakSentence(oneSentence('पॉलिसीबाजार ने इस तिमाही में ज्यादा पॉलिसी बेचीं।'))).toBe(false);
  });

  it('an organisation that is breached stands for its data', () => {
    expect(isDataLeakSentence(oneSentence('Policybazaar was hacked last July.'))).toBe(true);
  });
});
