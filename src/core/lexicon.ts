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

const BASE_CUE = {
  /** Verbs and nouns of leaking, breaching, stealing, exposing or selling. */
  leakVerb: {
    en: ['leak', 'leaks', 'leaked', 'leaking', 'breach*', 'hack', 'hacks', 'hacked', 'hacking', 'stolen', 'steal', 'stole', 'exposed', 'exposure', 'compromised',
      'for sale', 'on sale', 'sold', 'selling', 'dumped', 'dump', 'scraped', 'ransomware', 'cyberattack*', 'cyber attack*', 'cyber-attack*',
      'data theft', 'unauthorised access', 'unauthorized access', 'publicly accessible', 'unprotected', 'misconfigured', 'exfiltrat*', 'put up', 'offered',
      'exposing', 'exposes', 'harvested', 'improperly obtained', 'surfaced', 'without a password', 'without password', 'siphoned', 'accessed without', 'obtained by', 'hit the servers', 'demanding a ransom', 'demanded a ransom', 'ransom demand'],
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
      'passengers', 'members', 'employees', 'policyholders', 'policy holders', 'investors', 'clients', 'consumers', 'travellers', 'travelers', 'beneficiaries', 'residents', 'learners', 'buyers',
      'students', 'farmers', 'voters', 'cardholders', 'card holders', 'holders', 'policyholder', 'pensioners', 'taxpayers', 'applicants', 'job seekers', 'candidates'],
    hi: ['यूजर*', 'ग्राहक*', 'लोगों', 'लोग', 'मरीज*', 'नागरिक*', 'भारतीय*', 'उपयोगकर्ता*', 'खाताधारक*', 'कस्टमर*', 'यात्रि*', 'यात्री', 'सब्सक्राइबर*', 'पॉलिसीधारक*', 'निवेशक*', 'कर्मचारी', 'कर्मचारियों', 'लाभार्थी', 'व्यक्तियों', 'व्यक्ति', 'छात्र*', 'विद्यार्थी', 'किसान*', 'मतदाता*', 'धारक*', 'कार्डधारक*', 'पेंशनभोगी', 'करदाता*', 'आवेदक*', 'सदस्य*', 'पर्यटक*'],
  },
  /** Who makes the claim. */
  claimant: {
    en: ['hacker*', 'threat actor*', 'researcher*', 'seller', 'sellers', 'cybercriminal*', 'cyber criminal*', 'cyber-criminal*', 'hacking group', 'hacker group', 'ransomware group', 'ransomware gang',
      'cybersecurity firm', 'cyber security firm', 'cybersecurity company', 'cyber security company', 'security firm', 'cyber intelligence', 'threat intelligence', 'attackers', 'attacker', 'the hackers', 'ethical hacker', 'hacking collective', 'cyber gang', 'ransomware operator*', 'extortion group', 'data broker*'],
    hi: ['हैकर*', 'शोधकर्ता*', 'रिसर्चर*', 'साइबर अपराधि*', 'साइबर अपराधी', 'विक्रेता', 'हैकिंग ग्रुप', 'हैकर ग्रुप', 'हैकर समूह', 'साइबर सुरक्षा फर्म', 'साइबर सिक्योरिटी फर्म', 'सुरक्षा शोधकर्ता', 'साइबर एक्सपर्ट', 'साइबर विशेषज्ञ', 'हमलावर*', 'हैकिंग समूह', 'हैकर गिरोह', 'रैंसमवेयर गिरोह', 'साइबर सुरक्षा शोधकर्ता'],
  },
  /** Where leaked data shows up. */
  venue: {
    en: ['dark web', 'darkweb', 'dark-web', 'deep web', 'hacking forum', 'hacker forum', 'forum', 'forums', 'telegram', 'breachforums', 'breach forums', 'raidforums', 'raid forums', 'chatbot*', 'telegram bot', 'onion', 'cybercrime forum', 'hacker portal', 'hacking portal'],
    hi: ['डार्क वेब', 'डार्कवेब', 'डार्क-वेब', 'टेलीग्राम', 'टेलिग्राम', 'फोरम', 'हैकिंग फोरम', 'चैटबॉट', 'बॉट', 'रेड फोरम', 'ब्रीच फोरम', 'हैकर पोर्टल'],
  },
  /** Reporting a claim. */
  claimVerb: {
    en: ['claim*', 'alleged*', 'allegedly', 'reportedly', 'purportedly', 'according to', 'said to', 'put up for sale', 'offered for sale', 'posted', 'listed', 'revealed', 'reported', 'discovered', 'found that', 'according', 'it emerged', 'a sample', 'samples', 'listing', 'reports', 'media reports'],
    hi: ['दावा', 'दावे', 'दावों', 'कथित', 'बताया जा रहा', 'कहा गया', 'पोस्ट', 'दावेदार', 'खुलासा', 'सामने आया', 'सामने आई', 'बताया गया', 'रिपोर्ट के मुताबिक', 'रिपोर्ट के अनुसार', 'के मुताबिक', 'के अनुसार', 'बताए जा रहे', 'बताई जा रही', 'सैंपल', 'नमूना', 'नमूने', 'खबर*'],
  },
  /** Hypothetical or generic statements ("cannot be breached", "if your data leaks"): not a report of a leak. */
  modal: {
    en: ['cannot', "can't", 'can be', 'could be', 'if', 'whether', 'might', 'at risk', 'would', 'should', 'in case', 'prevent', 'to buy', 'to sell', 'unless', 'to steal', 'to hack', 'to leak', 'to breach'],
    hi: ['सकता', 'सकती', 'सकते', 'अगर', 'यदि', 'जाए', 'जाएगा', 'जायेगा', 'जाएंगे', 'होने पर', 'स्थिति में', 'रोकने', 'चुराने के लिए', 'खतरा', 'खतरे'],
  },
  /** Addressing the reader: explainers and warnings. */
  secondPerson: {
    en: ['you', 'your', 'yours', 'yourself'],
    hi: ['आप', 'आपका', 'आपके', 'आपकी', 'आपको', 'अपना', 'अपने'],
  },
  /** Official actors. */
  official: {
    en: ['ministry', 'spokesperson', 'spokesman', 'statement', 'the company', 'government', 'govt', 'officials', 'official', 'the bank', 'the firm', 'minister', 'authority', 'cert-in', 'the airline', 'the insurer', 'said in a', 'told', 'ceo', 'management', 'police', 'cyber cell', 'department', 'founder', 'co-founder', 'cto', 'chief executive',
      'the university', 'the hospital', 'the lender', 'the platform', 'the portal', 'the operator', 'the retailer', 'the app', 'the telco', 'the board', 'regulator', 'the ministry'],
    hi: ['मंत्रालय', 'प्रवक्ता', 'बयान', 'कंपनी ने', 'सरकार', 'अधिकारी*', 'मंत्री', 'प्राधिकरण', 'बैंक ने', 'सर्ट-इन', 'सीईआरटी-इन', 'सीईओ', 'कंपनी का कहना', 'कंपनी की ओर से', 'पुलिस', 'साइबर सेल', 'विभाग', 'प्रबंधन', 'प्रशासन', 'संस्थापक', 'सह-संस्थापक', 'निदेशक'],
  },
  deny: {
    en: ['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'baseless', 'fake', 'no data', 'not been leaked', 'no breach', 'no evidence', 'false', 'misleading', 'without any basis', 'incorrect',
      'rejects', 'rejected', 'dismissed', 'dismisses', 'not true', 'not leaked', 'no leak', 'no security lapse', 'not been compromised', 'not compromised', 'no such', 'untrue', 'prima facie', 'mischievous', 'inaccurate', 'not accurate', 'unfounded', 'no truth', 'speculative',
      'no unauthorised', 'no unauthorized', 'not been any', 'no compromise', 'not been breached', 'not breached', 'not hacked', 'never breached', 'never been breached', 'not any leak', 'rubbished', 'rubbishes', 'refused to accept',
      'no leakage', 'did not match', 'does not match', 'do not match', 'not match'],
    hi: ['खंडन', 'इनकार', 'इंकार', 'नकार*', 'निराधार', 'बेबुनियाद', 'गलत', 'फर्जी', 'अफवाह', 'सत्य नहीं', 'सच नहीं', 'कोई डेटा लीक नहीं', 'लीक नहीं', 'छेडखानी नहीं', 'कोई सेंध नहीं', 'भ्रामक', 'खारिज', 'झूठा', 'झूठे', 'झूठी', 'गलत बताया', 'सेंध नहीं', 'सेंधमारी नहीं', 'मेल नहीं'],
  },
  /**
   * Weaker denials: data or systems are safe. Alone they deny the leak; next to a confirmation they only say that
   * some data was spared ("card details are safe"), which leaves the confirmation standing.
   */
  safe: {
    en: ['safe and secure', 'is safe', 'are safe', 'was safe', 'were safe', 'completely safe', 'remains secure', 'remain secure', 'remained secure', 'are secure', 'is secure', 'fully secure', 'fully safe', 'not been compromised', 'not compromised', 'remain safe', 'remains safe', 'remained safe'],
    hi: ['सुरक्षित है', 'सुरक्षित हैं', 'पूरी तरह सुरक्षित', 'सुरक्षित रहा', 'सुरक्षित रहे', 'सुरक्षित था'],
  },
  /** People outside the official side whose words are no official stance: experts, analysts, the opposition. */
  outsider: {
    en: ['expert', 'experts', 'analyst', 'analysts', 'opposition', 'critics', 'activist', 'activists', 'privacy advocates', 'tipster'],
    hi: ['विशेषज्ञ', 'विशेषज्ञों', 'एक्सपर्ट*', 'विपक्ष*', 'जानकार*'],
  },
  /** An earlier statement, since superseded ("had initially denied", "शुरुआत में इनकार किया था"). */
  earlier: {
    en: ['initially', 'at first', 'had earlier', 'earlier denied', 'earlier said', 'at the time', 'previously', 'had first'],
    hi: ['शुरुआत में', 'शुरू में', 'पहले ही', 'इससे पहले'],
  },
  confirm: {
    en: ['confirmed', 'confirms', 'confirm', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'regret', 'was subjected to', 'has been affected', 'were affected', 'disclosed', 'informed the exchanges', 'in a filing', 'notified its', 'regulatory filing', 'exchange filing', 'told the stock exchanges', 'informed the stock exchanges', 'apologised', 'apologized', 'apologises',
      'admitted that', 'conceded'],
    hi: ['पुष्टि', 'स्वीकार*', 'माना', 'मानी', 'मान लिया', 'मान ली', 'कबूल*', 'माफी', 'खेद'],
  },
  investigate: {
    en: ['investigating', 'investigation', 'investigate', 'probe', 'probing', 'looking into', 'evaluating', 'forensic', 'fir', 'complaint', 'inquiry', 'enquiry', 'examining', 'assessing', 'launched an investigation', 'investigates', 'probes', 'probed', 'assessment', 'case registered', 'registered a case', 'lodged', 'looking at the', 'reviewing', 'audit'],
    hi: ['जांच', 'पडताल', 'एफआईआर', 'शिकायत', 'मामला दर्ज', 'केस दर्ज', 'तहकीकात', 'फोरेंसिक', 'ऑडिट'],
  },
  /** Verbs of data being reached or affected, which official statements negate ("no customer data was accessed"). */
  touched: {
    en: ['accessed', 'affected', 'impacted', 'compromised', 'exposed', 'exposing', 'leaked', 'stolen', 'breached', 'hacked', 'exfiltrated', 'unauthorised access', 'unauthorized access'],
    hi: ['प्रभावित', 'लीक', 'चोरी', 'सेंध', 'सेंधमारी', 'पहुंच', 'उजागर', 'हैक'],
  },
  /** Attribution: someone said it. */
  says: {
    en: ['said', 'says', 'told', 'stated', 'statement', 'clarified', 'added', 'according to', 'maintained', 'asserted', 'filing', 'blog post', 'notice'],
    hi: ['कहा', 'कहना', 'बताया', 'स्पष्ट किया', 'बयान', 'सफाई', 'के मुताबिक', 'के अनुसार', 'जानकारी दी', 'दावा किया'],
  },
  /** The victim organisation speaking (not a security firm's chief or an outside expert). */
  victimVoice: {
    en: ['the company', 'the airline', 'the insurer', 'the bank', 'the firm', 'the lender', 'the platform', 'the retailer', 'the hospital', 'the university', 'the telco', 'the operator',
      'the portal', 'the app', 'spokesperson', 'spokesman', 'spokeswoman', 'company said', 'in a statement', 'its statement', 'in a filing', 'regulatory filing', 'blog post'],
    hi: ['कंपनी ने', 'कंपनी का कहना', 'कंपनी की ओर से', 'कंपनी के मुताबिक', 'कंपनी के अनुसार', 'प्रवक्ता', 'बैंक ने', 'अस्पताल प्रबंधन', 'एयरलाइन ने'],
  },
  /** The official side has not answered (these sentences say nothing about the stance). */
  noResponse: {
    en: ['neither confirmed nor denied', 'yet to respond', 'did not respond', 'not respond', 'yet to confirm', 'could not be reached', 'no response', 'not yet responded', 'independently verify',
      'independently confirm', 'could not verify', 'not immediately respond', 'did not immediately', 'has not commented', 'declined to comment', 'no official', 'yet to comment', 'not yet commented', 'has not responded', 'have not responded', 'did not reply', 'yet to issue', 'not yet issued', 'has not issued', 'is yet to', 'not confirmed', 'has not confirmed', "hasn't confirmed", 'not yet confirmed', 'unable to confirm', 'cannot confirm', 'could not confirm'],
    hi: ['प्रतिक्रिया नहीं', 'जवाब नहीं', 'पुष्टि नहीं', 'न तो पुष्टि', 'ना तो पुष्टि', 'कोई बयान नहीं', 'आधिकारिक बयान नहीं', 'कोई प्रतिक्रिया', 'कोई जवाब', 'टिप्पणी नहीं', 'बयान नहीं'],
  },
  partial: {
    en: ['far less', 'only a small', 'limited number', 'limited set', 'limited data', 'limited amount', 'limited information', 'limited portion', 'partially', 'partial', 'no evidence that its systems', 'midway', 'small percentage', 'small fraction', 'fewer than', 'less than claimed',
      'fraction of', 'only about', 'only around', 'only some', 'old data', 'data is old', 'data was old', 'is outdated', 'scraped', 'not the result of a new', 'not a new breach', 'not from a new', 'not the claimed', 'or earlier', 'its vendors', 'a vendor'],
    hi: ['बीच में', 'कम डेटा', 'आंशिक', 'काफी कम', 'बहुत कम', 'नहीं बल्कि', 'पुराना है', 'पुराना डेटा', 'पुराने डेटा', 'डेटा पुराना', 'स्क्रैप*', 'कोई नई', 'कोई नया'],
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
    en: ['company', 'firm', 'portal', 'website', 'app', 'platform', 'ministry', 'department', 'hospital', 'bank', 'insurer', 'airline', 'server', 'servers', 'telecom', 'operator', 'startup', 'ltd', 'limited', 'pvt', 'inc', 'exchange', 'brand', 'e-commerce', 'retailer', 'institute', 'university', 'college', 'school', 'lender', 'insurance', 'fintech', 'utility', 'corporation', 'board', 'council', 'agency', 'government', 'store'],
    hi: ['कंपनी', 'पोर्टल', 'वेबसाइट', 'ऐप', 'एप', 'प्लेटफॉर्म', 'प्लेटफार्म', 'मंत्रालय', 'विभाग', 'अस्पताल', 'बैंक', 'सर्वर', 'टेलिकॉम', 'टेलीकॉम', 'एयरलाइन*', 'स्टार्टअप', 'संस्थान', 'बीमा कंपनी', 'ब्रांड', 'विश्वविद्यालय', 'यूनिवर्सिटी', 'कॉलेज', 'स्कूल', 'निगम', 'बोर्ड', 'सरकार', 'स्टोर'],
  },
  // ---- Negative topics: near misses. ----
  exam: {
    en: ['exam', 'exams', 'examination*', 'question paper*', 'paper leak*', 'papers', 'board exam', 'board exams', 'recruitment', 'candidates', 'answer key', 'answer sheet*', 'aspirants', 'cbse', 'neet', 'test paper'],
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
    en: ['bill', 'act', 'law', 'laws', 'rules', 'penalty', 'penalties', 'data protection board', 'dpdp', 'digital personal data protection', 'regulation*', 'notified', 'draft', 'parliament', 'legislation', 'fine', 'fines', 'compliance', 'data fiduciar*', 'consent', 'safeguards', 'directions', 'guidelines', 'mandate*'],
    hi: ['विधेयक', 'बिल', 'कानून', 'जुर्माना', 'जुर्माने', 'नियम', 'नियमों', 'अधिनियम', 'मंजूरी', 'संसद', 'डेटा संरक्षण', 'डेटा सुरक्षा बिल', 'प्रावधान', 'अधिसूचित', 'अधिसूचना', 'सहमति'],
  },
  tips: {
    en: ['how to', 'tips', 'steps', 'check if', 'stay safe', "do's", "don'ts", 'dos and', 'precaution*', "here's how", 'make sure', 'avoid', 'you should', 'learn how', 'protect yourself', 'safety tips', 'how it works', 'advised', 'advises', 'advice', 'urged', 'urges', 'warns', 'warned', 'cautioned', 'cautions', 'beware', 'never share', 'never asks', 'do not share', 'recommend*'],
    hi: ['कैसे', 'टिप्स', 'सावधान', 'बचें', 'बचने', 'ऐसे करें', 'तरीका', 'तरीके', 'ध्यान रखें', 'सतर्क', 'न करें', 'ना करें', 'सावधानी', 'जानिए', 'जानें', 'सलाह', 'अपील', 'साझा न करें', 'शेयर न करें', 'बदल लें', 'बदलें', 'चेतावनी', 'ऐसे करें'],
  },
  phishing: {
    en: ['phishing', 'sms', 'malicious link*', 'scam*', 'fraudster*', 'fake message*', 'click', 'otp fraud', 'malware', 'spam', 'fake call*', 'link', 'links', 'fraud', 'fraudulent', 'impersonat*', 'kyc update'],
    hi: ['फिशिंग', 'एसएमएस', 'मैसेज', 'लिंक', 'क्लिक', 'ठगी', 'फ्रॉड', 'धोखाधडी', 'मालवेयर', 'स्कैम', 'ठग*', 'साइबर ठग*', 'फर्जी कॉल', 'ओटीपी पूछ*'],
  },
  stats: {
    en: ['per cent', 'percent', 'average', 'survey', 'study', 'incidents', 'cost of a data breach', 'year-on-year', 'statistics', 'cases', 'reported incidents', 'organisations', 'organizations', 'globally', 'per week', 'a week', 'every week', 'sectors', 'report by', 'rose', 'increase', 'surge'],
    hi: ['प्रतिशत', 'औसत', 'सर्वे', 'अध्ययन', 'घटनाओं', 'फीसदी', 'आंकडे', 'आंकडों', 'संगठनों', 'बढोतरी', 'इजाफा', 'घटनाएं'],
  },
  drill: {
    en: ['exercise', 'drill', 'simulated', 'simulation', 'mock', 'strategy', 'framework', 'capacity building', 'preparedness'],
    hi: ['अभ्यास', 'रणनीति', 'मॉक ड्रिल'],
  },
  missing: {
    en: ['missing', 'deleted', 'recover*', 'retrieve*', 'backup', 'restore'],
    hi: ['गायब', 'डिलीट', 'रिकवर', 'बैकअप'],
  },
  /** Money and sizes: a number next to these is a price, ransom, fine or data size, not a count of people. */
  money: {
    en: ['gb', 'tb', 'mb', 'kb', 'gigabytes', 'terabytes', 'rs', 'inr', 'rupees', 'rupee', '$', 'usd', 'dollars', 'dollar', 'ransom', 'worth', 'bitcoin*', 'crypto*', 'penalty', 'fine', 'revenue', 'turnover', 'valuation', 'market cap'],
    hi: ['जीबी', 'टीबी', 'एमबी', 'रुपये', 'रुपए', 'रुपया', 'रु', 'डॉलर', 'फिरौती', 'जुर्माना', 'कीमत', 'क्रिप्टोकरंसी', 'बिटकॉइन'],
  },
} as const;

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
const FILES = {
  ...Object.fromEntries(Object.keys(BASE_CUE).map((c) => [c, null])),
  leakVerb,
  dataNoun,
  peopleNoun,
  claimant,
  venue,
  claimVerb,
  outsider,
  modal,
  secondPerson,
  official,
  deny,
  safe,
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
} as Record<keyof typeof BASE_CUE, LexiconFile | null>;

export type CueCategory = keyof typeof BASE_CUE;

/** Each category's lexicon file (null for a category not yet moved to JSON). */
export const LEXICON_FILES: Readonly<Record<CueCategory, LexiconFile | null>> = FILES;

function termsOf(cat: CueCategory, lang: 'en' | 'hi'): readonly string[] {
  const file = FILES[cat];
  return file ? file.terms.filter((t) => t.lang === lang).map((t) => t.term) : BASE_CUE[cat][lang];
}

/** Categories of nouns, whose Hindi entries also match their plural and oblique forms. */
const HI_NOUN_CATEGORIES: ReadonlySet<CueCategory> = new Set(['dataNoun', 'peopleNoun', 'claimant', 'official', 'genericOrg', 'venue']);
const hindiNounForms = (cat: CueCategory): boolean => FILES[cat]?.hindiNounForms ?? HI_NOUN_CATEGORIES.has(cat);

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
  (Object.keys(BASE_CUE) as CueCategory[]).map((cat) => {
    const noun = hindiNounForms(cat);
    const hi = [...new Set(termsOf(cat, 'hi').flatMap((w) => hindiForms(w, noun)))];
    return [cat, { en: termsOf(cat, 'en'), hi }];
  }),
) as unknown as Record<CueCategory, { en: readonly string[]; hi: readonly string[] }>;
export const CUE_CATEGORIES = Object.keys(BASE_CUE) as CueCategory[];

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
  'email us', 'its name', 'नाम न छापने', 'नाम नहीं', 'पासवर्ड बदल*', 'change your password*', 'change their password*', 'strong password*',
  // The claimant's or the product's name, not a data field: "going by the name X", "'X' नाम के हैकर ने".
  'by the name', 'under the name', 'the name of', 'named after', 'name and shame', 'नाम के हैकर*', 'नाम का हैकर', 'नाम के एक', 'नाम का एक', 'नाम की एक', 'नाम के यूजर*',
  'नाम वाले', 'नाम वाली', 'नाम के शख्स', 'नाम के ग्रुप', 'नाम के समूह', 'नाम का ग्रुप', 'नाम का समूह', 'नाम से जाने', 'नाम से मशहूर', 'नाम पर',
  // A SIM card, a ration card: not payment card details.
  'सिम कार्ड की जानकारी', 'सिम कार्ड के डिटेल*', 'sim card details', 'sim card number*', 'राशन कार्ड की जानकारी',
  // Advice, not a claimed field.
  'reset your password*', 'reset their password*', 'update your password*', 'use a strong', 'password manager', 'पासवर्ड रीसेट', 'मजबूत पासवर्ड', 'पासवर्ड बदलें', 'पासवर्ड बदल लें',
  'enable two-factor', 'two-factor authentication', 'otp verification',
];
