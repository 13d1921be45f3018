/** Names that several apps show: statuses, stances, verification flags, mismatch kinds. */
import type { Catalogue } from './i18n.ts';

export type CommonKey =
  | 'status.denied' | 'status.partially-denied' | 'status.confirmed' | 'status.under-investigation' | 'status.no-response'
  | 'stance.denied' | 'stance.partially-denied' | 'stance.confirmed' | 'stance.under-investigation' | 'stance.no-comment'
  | 'verification.verified' | 'verification.unverified' | 'verification.fabricated'
  | 'kind.not-collected' | 'kind.not-affected' | 'kind.not-addressed' | 'kind.count'
  | 'language.en' | 'language.hi';

export const COMMON: Catalogue<CommonKey> = {
  en: {
    'status.denied': 'Denied',
    'status.partially-denied': 'Partly denied',
    'status.confirmed': 'Confirmed',
    'status.under-investigation': 'Under investigation',
    'status.no-response': 'No official response',
    'stance.denied': 'Denied',
    'stance.partially-denied': 'Partly denied',
    'stance.confirmed': 'Confirmed',
    'stance.under-investigation': 'Investigating',
    'stance.no-comment': 'No comment',
    'verification.verified': 'Breach confirmed',
    'verification.unverified': 'Claim not verified',
    'verification.fabricated': 'Claim shown to be fabricated',
    'kind.not-collected': 'Not collected, says the official side',
    'kind.not-affected': 'Not affected, says the official side',
    'kind.not-addressed': 'Not addressed by the official response',
    'kind.count': 'Number of records disputed',
    'language.en': 'English',
    'language.hi': 'हिंदी',
  },
  hi: {
    'status.denied': 'खंडन किया गया',
    'status.partially-denied': 'आंशिक खंडन',
    'status.confirmed': 'पुष्टि की गई',
    'status.under-investigation': 'जांच जारी',
    'status.no-response': 'कोई आधिकारिक जवाब नहीं',
    'stance.denied': 'खंडन',
    'stance.partially-denied': 'आंशिक खंडन',
    'stance.confirmed': 'पुष्टि',
    'stance.under-investigation': 'जांच जारी',
    'stance.no-comment': 'कोई टिप्पणी नहीं',
    'verification.verified': 'सेंध की पुष्टि हुई',
    'verification.unverified': 'दावे की पुष्टि नहीं हुई',
    'verification.fabricated': 'दावा मनगढ़ंत पाया गया',
    'kind.not-collected': 'आधिकारिक पक्ष: यह जानकारी जुटाई ही नहीं जाती',
    'kind.not-affected': 'आधिकारिक पक्ष: यह जानकारी प्रभावित नहीं हुई',
    'kind.not-addressed': 'आधिकारिक जवाब में इसका जिक्र नहीं',
    'kind.count': 'रिकॉर्ड की संख्या पर विवाद',
    'language.en': 'English',
    'language.hi': 'हिंदी',
  },
};
