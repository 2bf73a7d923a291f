import en from '@/locales/en/obligation.json';
import zh from '@/locales/zh-CN/obligation.json';
import { i18n } from '@/lib/i18n';

// The obligation texts join the app's one translation namespace when this feature is first loaded
// (its pages are lazy). lib/i18n.ts lists the other areas; this one can move there when lib is free.
function register() {
  i18n.addResourceBundle('zh-CN', 'translation', { obligation: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { obligation: en }, true, true);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
