/** The options page's own words, in both languages; names shared with other apps come from COMMON. */
import type { Language } from '../core/types.ts';
import type { Catalogue, Translate } from '../shared/i18n.ts';
import { translator } from '../shared/i18n.ts';
import { COMMON } from '../shared/i18n-common.ts';
import type { CommonKey } from '../shared/i18n-common.ts';

export type OptionsKey =
  | 'page.title'
  | 'page.intro'
  | 'page.privacy'
  | 'page.loading'
  | 'pageLanguage.label'
  | 'sites.heading'
  | 'sites.hint'
  | 'site.enabled'
  | 'site.startCollapsed'
  | 'site.highlightInPage'
  | 'sidebarLanguage.heading'
  | 'sidebarLanguage.auto'
  | 'sidebarLanguage.hint'
  | 'restore.button'
  | 'restore.hint'
  | 'restore.done'
  | 'status.saved'
  | 'restore.undo'
  | 'restore.undone'
  | 'newSite.heading'
  | 'newSite.hint'
  | 'newSite.open'
  | 'newSite.compact'
  | 'pause.heading'
  | 'pause.hint'
  | 'transfer.heading'
  | 'transfer.hint'
  | 'transfer.export'
  | 'transfer.import'
  | 'transfer.imported'
  | 'transfer.importFailed'
  | 'status.saveFailed';

export const OPTIONS_STRINGS: Catalogue<OptionsKey> = {
  en: {
    'page.title': 'LeakLens settings',
    'page.intro': 'On articles about claimed data leaks, LeakLens shows the official response and where the claim and the response disagree. Changes here are saved as soon as you make them.',
    'page.privacy': 'LeakLens works offline: articles are checked on your own device and nothing is sent anywhere.',
    'page.loading': 'Loading settings…',
    'pageLanguage.label': 'Language of this page',
    'sites.heading': 'News sites',
    'sites.hint': 'LeakLens reads articles only on these sites. Each switch covers the addresses listed under the site’s name, with their sub-addresses (www., m., amp.). Switch it off for any site you like.',
    'site.enabled': 'LeakLens on this site',
    'site.startCollapsed': 'Open the sidebar collapsed',
    'site.highlightInPage': 'Highlight the claim and the response in the article',
    'sidebarLanguage.heading': 'Sidebar language',
    'sidebarLanguage.auto': 'Same as the article',
    'sidebarLanguage.hint': 'The language the sidebar and the toolbar popup use.',
    'restore.button': 'Restore defaults',
    'restore.hint': 'Switches LeakLens on for every site and resets every option on this page.',
    'restore.done': 'Default settings restored.',
    'status.saved': 'Saved.',
    'restore.undo': 'Undo',
    'restore.undone': 'Your earlier settings are back.',
    'newSite.heading': 'On a site added later',
    'newSite.hint': 'How the sidebar starts on a news site a later version of LeakLens adds. Each site above keeps its own choice.',
    'newSite.open': 'Open beside the article (where there is room)',
    'newSite.compact': 'As a compact card',
    'pause.heading': 'Pause LeakLens on every site',
    'pause.hint': 'While paused, LeakLens reads no article anywhere. The switches for each site below are kept for when you resume.',
    'transfer.heading': 'Export and import',
    'transfer.hint': 'Save these settings as a file, or load them from one (for another browser or computer). The file holds only the settings on this page.',
    'transfer.export': 'Export settings',
    'transfer.import': 'Import settings…',
    'transfer.imported': 'Settings imported.',
    'transfer.importFailed': 'That file does not hold LeakLens settings. Nothing was changed.',
    'status.saveFailed': 'Could not save the change. Please try again.',
  },
  hi: {
    'page.title': 'LeakLens की सेटिंग्स',
    'page.intro': 'डेटा लीक के दावों वाली खबरों पर LeakLens आधिकारिक जवाब दिखाता है, और बताता है कि दावा और जवाब कहां मेल नहीं खाते। यहां किया गया हर बदलाव तुरंत सेव हो जाता है।',
    'page.privacy': 'LeakLens बिना इंटरनेट काम करता है: खबरों की जांच आपके अपने डिवाइस पर होती है और कुछ भी कहीं नहीं भेजा जाता।',
    'page.loading': 'सेटिंग्स लोड हो रही हैं…',
    'pageLanguage.label': 'इस पेज की भाषा',
    'sites.heading': 'समाचार साइटें',
    'sites.hint': 'LeakLens सिर्फ इन साइटों की खबरें पढ़ता है। हर स्विच साइट के नाम के नीचे लिखे पतों और उनके उप-पतों (www., m., amp.) पर लागू होता है। जिस साइट पर चाहें, इसे बंद कर सकते हैं।',
    'site.enabled': 'इस साइट पर LeakLens',
    'site.startCollapsed': 'साइडबार छोटा करके खोलें',
    'site.highlightInPage': 'खबर में दावे और जवाब वाले वाक्य हाइलाइट करें',
    'sidebarLanguage.heading': 'साइडबार की भाषा',
    'sidebarLanguage.auto': 'खबर की भाषा',
    'sidebarLanguage.hint': 'साइडबार और टूलबार पॉपअप इसी भाषा में दिखेंगे।',
    'restore.button': 'डिफॉल्ट सेटिंग्स वापस लाएं',
    'restore.hint': 'हर साइट पर LeakLens चालू हो जाएगा और इस पेज के सारे विकल्प पहले जैसे हो जाएंगे।',
    'restore.done': 'डिफॉल्ट सेटिंग्स वापस आ गईं।',
    'status.saved': 'सेव हो गया।',
    'restore.undo': 'पहले जैसा करें',
    'restore.undone': 'आपकी पिछली सेटिंग्स वापस आ गईं।',
    'newSite.heading': 'बाद में जुड़ी साइट पर',
    'newSite.hint': 'LeakLens के किसी नए वर्जन में जुड़ी समाचार साइट पर साइडबार कैसे खुले। ऊपर दी गई हर साइट पर उसकी अपनी पसंद बनी रहती है।',
    'newSite.open': 'खबर के बगल में खुला (जहां जगह हो)',
    'newSite.compact': 'छोटे कार्ड के रूप में',
    'pause.heading': 'सभी साइटों पर LeakLens रोकें',
    'pause.hint': 'रुके रहने पर LeakLens कहीं भी कोई खबर नहीं पढ़ता। नीचे हर साइट के स्विच वैसे ही रहेंगे, ताकि दोबारा चालू करने पर काम आएं।',
    'transfer.heading': 'एक्सपोर्ट और इंपोर्ट',
    'transfer.hint': 'इन सेटिंग्स को फाइल में सेव करें या किसी फाइल से लोड करें (दूसरे ब्राउजर या कंप्यूटर के लिए)। फाइल में सिर्फ इसी पेज की सेटिंग्स होती हैं।',
    'transfer.export': 'सेटिंग्स एक्सपोर्ट करें',
    'transfer.import': 'सेटिंग्स इंपोर्ट करें…',
    'transfer.imported': 'सेटिंग्स इंपोर्ट हो गईं।',
    'transfer.importFailed': 'इस फाइल में LeakLens की सेटिंग्स नहीं हैं। कुछ नहीं बदला गया।',
    'status.saveFailed': 'बदलाव सेव नहीं हो सका। कृपया फिर से कोशिश करें।',
  },
};

export type OptionsStringKey = OptionsKey | CommonKey;
export type OptionsTranslate = Translate<OptionsStringKey>;

const CATALOGUE: Catalogue<OptionsStringKey> = {
  en: { ...COMMON.en, ...OPTIONS_STRINGS.en },
  hi: { ...COMMON.hi, ...OPTIONS_STRINGS.hi },
};

export function optionsTranslator(language: Language): OptionsTranslate {
  return translator(CATALOGUE, language);
}
