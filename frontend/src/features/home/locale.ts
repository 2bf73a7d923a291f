import en from '@/locales/en/home.json';
import zh from '@/locales/zh-CN/home.json';
import { i18n } from '@/lib/i18n';

// The start page's texts join the app's one translation namespace when the page is first loaded,
// as features/report/locale.ts does; they can move into lib/i18n.ts when lib is free.
function register() {
  i18n.addResourceBundle('zh-CN', 'translation', { home: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { home: en }, true, true);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
