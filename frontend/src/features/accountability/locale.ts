import en from '@/locales/en/accountability.json';
import zh from '@/locales/zh-CN/accountability.json';
import { i18n } from '@/lib/i18n';

// The accountability texts join the app's one translation namespace when this feature is first loaded,
// as features/inspection/locale.ts does; they can move into lib/i18n.ts when lib is free.
function register() {
  i18n.addResourceBundle('zh-CN', 'translation', { accountability: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { accountability: en }, true, true);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
