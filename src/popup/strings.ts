/** The popup's own words, in both languages; names shared with other apps come from COMMON. */
import type { Language } from '../core/types.ts';
import type { Catalogue, Translate } from '../shared/i18n.ts';
import { translator } from '../shared/i18n.ts';
import { COMMON } from '../shared/i18n-common.ts';
import type { CommonKey } from '../shared/i18n-common.ts';

export type PopupKey =
  | 'popup.loading'
  | 'popup.loadFailed'
  | 'site.thisPage'
  | 'site.switch'
  | 'site.switch.on'
  | 'site.switch.off'
  | 'site.saveFailed'
  | 'found.heading'
  | 'found.article'
  | 'found.incident.lead'
  | 'found.status'
  | 'found.mismatches.none'
  | 'found.mismatches.one'
  | 'found.mismatches.other'
  | 'found.unknownLeak'
  | 'found.unknownLeak.hint'
  | 'found.noLeak'
  | 'found.notChecked'
  | 'found.notArticle'
  | 'found.notArticle.hint'
  | 'found.noResponse'
  | 'found.paused'
  | 'found.paused.hint'
  | 'found.notNewsSite'
  | 'found.notNewsSite.hint'
  | 'found.switchedOff'
  | 'found.switchedOff.hint'
  | 'action.showSidebar'
  | 'action.showSidebar.failed'
  | 'action.options';

export const POPUP_STRINGS: Catalogue<PopupKey> = {
  en: {
    'popup.loading': 'Checking this tab…',
    'popup.loadFailed': 'Could not read this tab. Close this window and open it again.',
    'site.thisPage': 'This page',
    'site.switch': 'LeakLens on this site',
    'site.switch.on': 'On',
    'site.switch.off': 'Off',
    'site.saveFailed': 'Could not save the change. Please try again.',
    'found.heading': 'On this page',
    'found.article': 'Article:',
    'found.incident.lead': 'This article is about a known incident:',
    'found.status': 'Official position: {status}',
    'found.mismatches.none': 'Nothing in the article contradicts the official response.',
    'found.mismatches.one': '1 claim in the article contradicts the official response.',
    'found.mismatches.other': '{count} claims in the article contradict the official response.',
    'found.unknownLeak': 'This article reports a claimed leak that is not in the knowledge base.',
    'found.unknownLeak.hint': 'LeakLens has no official response on record for it yet.',
    'found.noLeak': 'No data-leak article found on this page.',
    'found.notChecked': 'LeakLens is reading this page…',
    'found.notArticle': 'This page is not a news article.',
    'found.notArticle.hint': 'LeakLens reads single articles, not front pages or lists of stories.',
    'found.noResponse': 'There is no official response on record to compare the article with.',
    'found.paused': 'LeakLens is paused on every site.',
    'found.paused.hint': 'Resume it in the settings.',
    'found.notNewsSite': 'LeakLens does not run on this site.',
    'found.notNewsSite.hint': 'It reads articles on the news sites listed in its settings.',
    'found.switchedOff': 'LeakLens is switched off on this site.',
    'found.switchedOff.hint': 'Switch it on above to check articles here.',
    'action.showSidebar': 'Show the sidebar',
    'action.showSidebar.failed': 'Could not open the sidebar. Reload the page and try again.',
    'action.options': 'All sites and settings',
  },
  hi: {
    'popup.loading': 'इस टैब की जांच हो रही है…',
    'popup.loadFailed': 'इस टैब की जानकारी नहीं मिल सकी। यह विंडो बंद करके दोबारा खोलें।',
    'site.thisPage': 'यह पेज',
    'site.switch': 'इस साइट पर LeakLens',
    'site.switch.on': 'चालू',
    'site.switch.off': 'बंद',
    'site.saveFailed': 'बदलाव सेव नहीं हो सका। कृपया फिर से कोशिश करें।',
    'found.heading': 'इस पेज पर',
    'found.article': 'खबर:',
    'found.incident.lead': 'यह खबर LeakLens में दर्ज इस मामले के बारे में है:',
    'found.status': 'आधिकारिक रुख: {status}',
    'found.mismatches.none': 'आधिकारिक जवाब में खबर की किसी भी बात के उलट कुछ नहीं कहा गया है।',
    'found.mismatches.one': 'खबर का 1 दावा आधिकारिक जवाब से मेल नहीं खाता।',
    'found.mismatches.other': 'खबर के {count} दावे आधिकारिक जवाब से मेल नहीं खाते।',
    'found.unknownLeak': 'यह खबर डेटा लीक के ऐसे दावे के बारे में है, जो LeakLens में दर्ज नहीं है।',
    'found.unknownLeak.hint': 'LeakLens के पास इस मामले में अभी कोई आधिकारिक जवाब दर्ज नहीं है।',
    'found.noLeak': 'इस पेज पर डेटा लीक की कोई खबर नहीं मिली।',
    'found.notChecked': 'LeakLens यह पेज पढ़ रहा है…',
    'found.notArticle': 'यह पेज कोई खबर नहीं है।',
    'found.notArticle.hint': 'LeakLens एक-एक खबर पढ़ता है, होम पेज या खबरों की सूची नहीं।',
    'found.noResponse': 'खबर से मिलाने के लिए कोई आधिकारिक जवाब दर्ज नहीं है।',
    'found.paused': 'LeakLens सभी साइटों पर रुका हुआ है।',
    'found.paused.hint': 'इसे सेटिंग्स में फिर से चालू करें।',
    'found.notNewsSite': 'LeakLens इस साइट पर काम नहीं करता।',
    'found.notNewsSite.hint': 'यह सिर्फ उन्हीं समाचार साइटों की खबरें पढ़ता है, जो सेटिंग्स में दी गई हैं।',
    'found.switchedOff': 'इस साइट पर LeakLens बंद है।',
    'found.switchedOff.hint': 'यहां की खबरें जांचने के लिए ऊपर दिए स्विच से इसे चालू करें।',
    'action.showSidebar': 'साइडबार दिखाएं',
    'action.showSidebar.failed': 'साइडबार नहीं खुल सका। पेज रीलोड करके फिर कोशिश करें।',
    'action.options': 'सभी साइटें और सेटिंग्स',
  },
};

export type PopupStringKey = PopupKey | CommonKey;
export type PopupTranslate = Translate<PopupStringKey>;

const CATALOGUE: Catalogue<PopupStringKey> = {
  en: { ...COMMON.en, ...POPUP_STRINGS.en },
  hi: { ...COMMON.hi, ...POPUP_STRINGS.hi },
};

export function popupTranslator(language: Language): PopupTranslate {
  return translator(CATALOGUE, language);
}
