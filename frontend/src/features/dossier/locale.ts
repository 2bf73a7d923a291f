import en from '@/locales/en/dossier.json';
import zh from '@/locales/zh-CN/dossier.json';
import { i18n } from '@/lib/i18n';

// The package texts join the app's one translation namespace when this feature is first loaded,
// as features/report/locale.ts does; they can move into lib/i18n.ts when lib is free.
function register() {
  i18n.addResourceBundle('zh-CN', 'translation', { dossier: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { dossier: en }, true, true);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
