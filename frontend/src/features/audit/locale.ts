import enAccountability from '@/locales/en/accountability.json';
import enDossier from '@/locales/en/dossier.json';
import enInspection from '@/locales/en/inspection.json';
import enReport from '@/locales/en/report.json';
import zhAccountability from '@/locales/zh-CN/accountability.json';
import zhDossier from '@/locales/zh-CN/dossier.json';
import zhInspection from '@/locales/zh-CN/inspection.json';
import zhReport from '@/locales/zh-CN/report.json';
import { i18n } from '@/lib/i18n';

// The trail's values name the statuses, kinds and outcomes of capabilities whose texts join the translations only
// when their pages load (features/*/locale.ts): the audit page registers them too, so a status reads 整改中, not
// IN_PROGRESS, whichever page was opened first.
function register() {
  i18n.addResourceBundle(
    'zh-CN',
    'translation',
    { inspection: zhInspection, report: zhReport, accountability: zhAccountability, dossier: zhDossier },
    true,
    false,
  );
  i18n.addResourceBundle(
    'en',
    'translation',
    { inspection: enInspection, report: enReport, accountability: enAccountability, dossier: enDossier },
    true,
    false,
  );
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
