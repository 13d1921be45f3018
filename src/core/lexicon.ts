/**
 * Cue-word lexicons (English and Hindi) for leak detection, stance and count parsing.
 *
 * Entries are written in normalised spelling (see normalize.ts: one spelling per word, e.g. डेटा, नंबर, हैकर).
 * A trailing `*` marks a stem: it matches at the start of a word and lets any ending follow (hack* → hacked,
 * hackers; हैकर* → हैकरों). Without `*` an entry matches whole words only.
 */

export const CUE = {
  /** Verbs and nouns of leaking, breaching, stealing, exposing or selling. */
  leakVerb: {
    en: ['leak', 'leaks', 'leaked', 'leaking', 'breach*', 'hack', 'hacks', 'hacked', 'hacking', 'stolen', 'steal', 'stole', 'exposed', 'exposure', 'compromised',
      'for sale', 'on sale', 'sold', 'selling', 'dumped', 'dump', 'scraped', 'ransomware', 'cyberattack*', 'cyber attack*', 'cyber-attack*',
      'data theft', 'unauthorised access', 'unauthorized access', 'publicly accessible', 'unprotected', 'misconfigured', 'exfiltrat*', 'put up', 'offered',
      'exposing', 'exposes', 'harvested', 'improperly obtained', 'surfaced', 'without a password', 'without password', 'siphoned', 'accessed without', 'obtained by', 'breached', 'hit the servers', 'demanding a ransom', 'demanded a ransom', 'ransom demand'],
    hi: ['लीक', 'हैक', 'हैक्ड', 'हैकिंग', 'सेंध*', 'चोरी', 'चुरा*', 'बिक्री', 'बेच*', 'बिक रहा', 'बिक रहे', 'उजागर', 'उल्लंघन', 'साइबर हमल*', 'रैंसमवेयर', 'सेल', 'सार्वजनिक हो', 'एक्सपोज', 'उडा', 'उडाया', 'उडा लिया', 'सेंधमारी', 'साइबर अटैक', 'बिक रहा', 'बिकने', 'बेचा', 'बेचे', 'हैकरों', 'अनधिकृत', 'खुला पडा', 'खुले में पडा', 'पहुंच बना*', 'पहुंच हासिल', 'फिरौती मांग*', 'प्रभावित'],
  },
  /** Data, records, personal information. */
  dataNoun: {
    en: ['data', 'database*', 'records', 'record', 'details', 'information', 'info', 'credentials', 'personal data', 'dataset*', 'documents', 'files', 'orders', 'entries', 'rows'],
    hi: ['डेटा', 'डेटाबेस', 'जानकारी', 'जानकारियां', 'रिकॉर्ड', 'रिकार्ड', 'निजी', 'व्यक्तिगत', 'डिटेल*', 'ब्योरा', 'ब्यौरा', 'सूचना*', 'इंफॉर्मेशन', 'इंफार्मेशन', 'दस्तावेज*', 'फाइल*', 'ऑर्डर'],
  },
  /** People whose data it is. */
  peopleNoun: {
    en: ['users', 'user', 'customers', 'customer', 'patients', 'people', 'persons', 'citizens', 'individuals', 'indians', 'accounts', 'account holders', 'subscribers',
      'passengers', 'members', 'employees', 'policyholders', 'policy holders', 'investors', 'clients', 'consumers', 'travellers', 'travelers', 'beneficiaries', 'residents', 'learners', 'buyers'],
    hi: ['यूजर*', 'ग्राहक*', 'लोगों', 'लोग', 'मरीज*', 'नागरिक*', 'भारतीय*', 'उपयोगकर्ता*', 'खाताधारक*', 'कस्टमर*', 'यात्रि*', 'यात्री', 'सब्सक्राइबर*', 'पॉलिसीधारक*', 'निवेशक*', 'कर्मचारियों', 'लाभार्थि*', 'व्यक्तियों'],
  },
  /** Who makes the claim. */
  claimant: {
    en: ['hacker*', 'threat actor*', 'researcher*', 'seller', 'sellers', 'cybercriminal*', 'cyber criminal*', 'cyber-criminal*', 'hacking group', 'hacker group', 'ransomware group', 'ransomware gang',
      'cybersecurity firm', 'cyber security firm', 'cybersecurity company', 'cyber security company', 'security firm', 'cyber intelligence', 'threat intelligence', 'attackers', 'attacker', 'the hackers', 'ethical hacker'],
    hi: ['हैकर*', 'शोधकर्ता*', 'रिसर्चर*', 'साइबर अपराधि*', 'साइबर अपराधी', 'विक्रेता', 'हैकिंग ग्रुप', 'हैकर ग्रुप', 'हैकर समूह', 'साइबर सुरक्षा फर्म', 'साइबर सिक्योरिटी फर्म', 'सुरक्षा शोधकर्ता', 'साइबर एक्सपर्ट', 'साइबर विशेषज्ञ', 'हमलावर*'],
  },
  /** Where leaked data shows up. */
  venue: {
    en: ['dark web', 'darkweb', 'dark-web', 'deep web', 'hacking forum', 'hacker forum', 'forum', 'forums', 'telegram', 'breachforums', 'breach forums', 'raidforums', 'raid forums', 'chatbot*', 'telegram bot', 'onion', 'cybercrime forum', 'hacker portal', 'hacking portal'],
    hi: ['डार्क वेब', 'डार्कवेब', 'डार्क-वेब', 'टेलीग्राम', 'टेलिग्राम', 'फोरम', 'हैकिंग फोरम', 'चैटबॉट', 'बॉट', 'रेड फोरम', 'ब्रीच फोरम', 'हैकर पोर्टल'],
  },
  /** Reporting a claim. */
  claimVerb: {
    en: ['claim*', 'alleged*', 'allegedly', 'reportedly', 'purportedly', 'according to', 'said to', 'put up for sale', 'offered for sale', 'posted', 'listed', 'revealed', 'reported', 'discovered', 'found that', 'according'],
    hi: ['दावा', 'दावे', 'दावों', 'कथित', 'बताया जा रहा', 'कहा गया', 'पोस्ट', 'दावेदार', 'खुलासा', 'सामने आया', 'सामने आई', 'बताया गया', 'रिपोर्ट के मुताबिक', 'रिपोर्ट के अनुसार'],
  },
  /** Hypothetical or generic statements ("cannot be breached", "if your data leaks"): not a report of a leak. */
  modal: {
    en: ['cannot', "can't", 'can be', 'could be', 'if', 'whether', 'might', 'at risk', 'would', 'should', 'in case', 'prevent', 'to buy', 'to sell', 'unless'],
    hi: ['सकता', 'सकती', 'सकते', 'अगर', 'यदि', 'जाए', 'जाएगा', 'जायेगा', 'जाएंगे', 'होने पर', 'स्थिति में', 'रोकने'],
  },
  /** Addressing the reader: explainers and warnings. */
  secondPerson: {
    en: ['you', 'your', 'yours', 'yourself'],
    hi: ['आप', 'आपका', 'आपके', 'आपकी', 'आपको', 'अपना', 'अपने'],
  },
  /** Official actors. */
  official: {
    en: ['ministry', 'spokesperson', 'spokesman', 'statement', 'the company', 'government', 'govt', 'officials', 'official', 'the bank', 'the firm', 'minister', 'authority', 'cert-in', 'the airline', 'the insurer', 'said in a', 'told', 'ceo', 'management'],
    hi: ['मंत्रालय', 'प्रवक्ता', 'बयान', 'कंपनी ने', 'सरकार', 'अधिकारी*', 'मंत्री', 'प्राधिकरण', 'बैंक ने', 'सर्ट-इन', 'सीईआरटी-इन', 'सीईओ', 'कंपनी का कहना', 'कंपनी की ओर से'],
  },
  deny: {
    en: ['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'baseless', 'fake', 'no data', 'not been leaked', 'no breach', 'no evidence', 'false', 'misleading', 'without any basis', 'incorrect',
      'rejects', 'rejected', 'dismissed', 'dismisses', 'not true', 'safe and secure', 'is safe', 'are safe', 'completely safe', 'not leaked', 'no leak', 'no security lapse', 'not been compromised', 'not compromised', 'no such', 'untrue', 'prima facie'],
    hi: ['खंडन', 'इनकार', 'इंकार', 'नकार*', 'निराधार', 'बेबुनियाद', 'गलत', 'सुरक्षित है', 'सुरक्षित हैं', 'फर्जी', 'अफवाह', 'सत्य नहीं', 'सच नहीं', 'कोई डेटा लीक नहीं', 'लीक नहीं', 'छेडखानी नहीं', 'कोई सेंध नहीं', 'भ्रामक'],
  },
  confirm: {
    en: ['confirmed', 'confirms', 'confirm', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'regret', 'was subjected to', 'has been affected', 'were affected', 'disclosed', 'informed the exchanges', 'in a filing', 'notified its'],
    hi: ['पुष्टि', 'स्वीकार*', 'माना', 'मान लिया', 'कबूल*'],
  },
  investigate: {
    en: ['investigating', 'investigation', 'investigate', 'probe', 'probing', 'looking into', 'evaluating', 'forensic', 'fir', 'complaint', 'inquiry', 'enquiry', 'examining', 'assessing', 'launched an investigation'],
    hi: ['जांच', 'पडताल', 'एफआईआर', 'शिकायत', 'मामला दर्ज', 'तहकीकात'],
  },
  /** The official side has not answered (these sentences say nothing about the stance). */
  noResponse: {
    en: ['neither confirmed nor denied', 'yet to respond', 'did not respond', 'not respond', 'yet to confirm', 'could not be reached', 'no response', 'not yet responded', 'independently verify',
      'independently confirm', 'could not verify', 'not immediately respond', 'did not immediately', 'has not commented', 'declined to comment', 'no official'],
    hi: ['प्रतिक्रिया नहीं', 'जवाब नहीं', 'पुष्टि नहीं', 'न तो पुष्टि', 'ना तो पुष्टि', 'कोई बयान नहीं', 'आधिकारिक बयान नहीं'],
  },
  partial: {
    en: ['far less', 'only a small', 'limited', 'partially', 'partial', 'no evidence that its systems', 'midway', 'some of the', 'but not'],
    hi: ['बीच में', 'कम डेटा', 'आंशिक', 'काफी कम', 'बहुत कम'],
  },
  negation: {
    en: ['not', 'no', 'neither', 'nor', 'never', "doesn't", "don't", "didn't", 'nothing'],
    hi: ['नहीं', 'न तो', 'ना तो', 'न ही', 'ना ही', 'नही'],
  },
  collect: {
    en: ['collect*', 'store*', 'does not have', 'hold', 'holds', 'capture*', 'seek*', 'ask for'],
    hi: ['एकत्र', 'जुटा*', 'स्टोर', 'संग्रह*', 'रखता', 'रखती', 'मांगता'],
  },
  /** Generic organisation patterns: a victim that is not (or not yet) in the knowledge base. */
  genericOrg: {
    en: ['company', 'firm', 'portal', 'website', 'app', 'platform', 'ministry', 'department', 'hospital', 'bank', 'insurer', 'airline', 'server', 'servers', 'telecom', 'operator', 'startup', 'ltd', 'limited', 'pvt', 'inc', 'exchange', 'brand', 'e-commerce', 'retailer', 'institute'],
    hi: ['कंपनी', 'पोर्टल', 'वेबसाइट', 'ऐप', 'एप', 'प्लेटफॉर्म', 'प्लेटफार्म', 'मंत्रालय', 'विभाग', 'अस्पताल', 'बैंक', 'सर्वर', 'टेलिकॉम', 'टेलीकॉम', 'एयरलाइन*', 'स्टार्टअप', 'संस्थान', 'बीमा कंपनी', 'ब्रांड'],
  },
  // ---- Negative topics: near misses. ----
  exam: {
    en: ['exam*', 'question paper*', 'paper leak*', 'papers', 'board exam*', 'recruitment', 'candidates', 'answer key', 'answer sheet*', 'aspirants', 'cbse', 'neet', 'test paper'],
    hi: ['परीक्षा*', 'प्रश्नपत्र', 'प्रश्न पत्र', 'पेपर', 'अभ्यर्थि*', 'अभ्यर्थी', 'परीक्षार्थि*', 'भर्ती', 'उम्मीदवार*', 'परिक्षा', 'नकल'],
  },
  gas: {
    en: ['gas', 'styrene', 'chemical', 'pipeline', 'leakage', 'water', 'oil', 'factory', 'fumes', 'toxic', 'valve', 'tank', 'ammonia', 'chlorine', 'cylinder'],
    hi: ['गैस', 'पाइपलाइन', 'लीकेज', 'पानी', 'रिसाव', 'फैक्ट्री', 'फैक्टरी', 'टैंक', 'जहरीली', 'सिलेंडर', 'केमिकल', 'अमोनिया', 'लीटर'],
  },
  film: {
    en: ['film', 'films', 'movie', 'movies', 'tamilrockers', 'piracy', 'pirated', 'pirate', 'web series', 'song', 'songs', 'trailer', 'box office', 'torrent*', 'hd print', 'episode*', 'actor', 'actress'],
    hi: ['फिल्म*', 'मूवी', 'पाइरेसी', 'गाना', 'गाने', 'वेब सीरीज', 'ट्रेलर', 'तमिलरॉकर्स', 'बॉक्स ऑफिस', 'एचडी', 'अभिनेता', 'अभिनेत्री'],
  },
  audio: {
    en: ['audio', 'tape', 'tapes', 'clip', 'clips', 'video', 'videos', 'recording', 'conversation', 'viral'],
    hi: ['ऑडियो', 'क्लिप', 'टेप', 'वीडियो', 'रिकॉर्डिंग', 'बातचीत', 'वायरल'],
  },
  specs: {
    en: ['price*', 'launch*', 'specifications', 'specs', 'smartphone*', 'render*', 'processor', 'camera', 'ram', 'storage', 'display', 'battery', 'variant*', 'design', 'colour*', 'color*', 'gb', 'mp'],
    hi: ['कीमत', 'लॉन्च', 'स्मार्टफोन', 'फीचर*', 'स्पेसिफिकेशन*', 'प्रोसेसर', 'कैमरा', 'रैम', 'जीबी', 'एमबी', 'डिस्प्ले', 'बैटरी', 'वेरिएंट', 'मेगापिक्सल', 'हैंडसेट'],
  },
  law: {
    en: ['bill', 'act', 'law', 'laws', 'rules', 'penalty', 'penalties', 'data protection board', 'dpdp', 'digital personal data protection', 'regulation*', 'notified', 'draft', 'parliament', 'legislation', 'fine', 'fines', 'compliance', 'data fiduciar*', 'consent'],
    hi: ['विधेयक', 'बिल', 'कानून', 'जुर्माना', 'जुर्माने', 'नियम', 'नियमों', 'अधिनियम', 'मंजूरी', 'संसद', 'डेटा संरक्षण', 'डेटा सुरक्षा बिल', 'प्रावधान', 'अधिसूचित', 'अधिसूचना', 'सहमति'],
  },
  tips: {
    en: ['how to', 'tips', 'steps', 'check if', 'stay safe', "do's", "don'ts", 'dos and', 'precaution*', "here's how", 'make sure', 'avoid', 'you should', 'learn how', 'protect yourself', 'safety tips', 'how it works'],
    hi: ['कैसे', 'टिप्स', 'सावधान', 'बचें', 'बचने', 'ऐसे करें', 'तरीका', 'तरीके', 'ध्यान रखें', 'सतर्क', 'न करें', 'ना करें', 'सावधानी', 'जानिए', 'जानें'],
  },
  phishing: {
    en: ['phishing', 'sms', 'malicious link*', 'scam*', 'fraudster*', 'fake message*', 'click', 'otp fraud', 'malware', 'spam', 'fake call*'],
    hi: ['फिशिंग', 'एसएमएस', 'मैसेज', 'लिंक', 'क्लिक', 'ठगी', 'फ्रॉड', 'धोखाधडी', 'मालवेयर', 'स्कैम'],
  },
  stats: {
    en: ['per cent', 'percent', 'average', 'survey', 'study', 'incidents', 'cost of a data breach', 'year-on-year', 'statistics', 'cases', 'reported incidents', 'organisations', 'organizations', 'globally'],
    hi: ['प्रतिशत', 'औसत', 'सर्वे', 'अध्ययन', 'घटनाओं', 'फीसदी', 'आंकडे', 'आंकडों', 'संगठनों'],
  },
  drill: {
    en: ['exercise', 'drill', 'simulated', 'simulation', 'mock', 'strategy', 'framework', 'capacity building', 'preparedness'],
    hi: ['अभ्यास', 'रणनीति', 'मॉक ड्रिल'],
  },
  missing: {
    en: ['missing', 'deleted', 'recover*', 'retrieve*'],
    hi: ['गायब', 'डिलीट', 'रिकवर'],
  },
  /** Money and sizes: a number next to these is a price, ransom, fine or data size, not a count of people. */
  money: {
    en: ['gb', 'tb', 'mb', 'kb', 'gigabytes', 'terabytes', 'rs', 'inr', 'rupees', 'rupee', '$', 'usd', 'dollars', 'dollar', 'ransom', 'worth', 'bitcoin*', 'crypto*', 'penalty', 'fine', 'revenue', 'turnover', 'valuation', 'market cap'],
    hi: ['जीबी', 'टीबी', 'एमबी', 'रुपये', 'रुपए', 'रुपया', 'रु', 'डॉलर', 'फिरौती', 'जुर्माना', 'कीमत', 'क्रिप्टोकरंसी', 'बिटकॉइन'],
  },
} as const;

export type CueCategory = keyof typeof CUE;
export const CUE_CATEGORIES = Object.keys(CUE) as CueCategory[];

/** Number scale words → multiplier. */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['हजार', 1e3], ['लाख', 1e5], ['करोड', 1e7], ['अरब', 1e9], ['मिलियन', 1e6], ['बिलियन', 1e9],
  ['thousand', 1e3], ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7], ['cr', 1e7],
  ['million', 1e6], ['millions', 1e6], ['mn', 1e6], ['billion', 1e9], ['bn', 1e9], ['k', 1e3],
];

/** Number words (Hindi and English) → value. */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['एक', 1], ['दो', 2], ['तीन', 3], ['चार', 4], ['पांच', 5], ['छह', 6], ['छः', 6], ['छ', 6], ['सात', 7], ['आठ', 8], ['नौ', 9], ['दस', 10],
  ['ग्यारह', 11], ['बारह', 12], ['पंद्रह', 15], ['बीस', 20], ['पच्चीस', 25], ['तीस', 30], ['चालीस', 40], ['पचास', 50], ['सौ', 100], ['डेढ', 1.5], ['ढाई', 2.5],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['fifty', 50], ['hundred', 100],
];

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
  'email us', 'its name', 'नाम न छापने', 'नाम नहीं', 'पासवर्ड बदल*', 'change your password', 'change their password*', 'strong password*',
];
