import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAudit from '@/locales/en/audit.json';
import enChannel from '@/locales/en/channel.json';
import enCommon from '@/locales/en/common.json';
import enDuty from '@/locales/en/duty.json';
import enIntegration from '@/locales/en/integration.json';
import enImport from '@/locales/en/import.json';
import enLeadingGroup from '@/locales/en/leadingGroup.json';
import enMe from '@/locales/en/me.json';
import enMenu from '@/locales/en/menu.json';
import enOrganization from '@/locales/en/organization.json';
import enNotification from '@/locales/en/notification.json';
import enObligation from '@/locales/en/obligation.json';
import enPerson from '@/locales/en/person.json';
import enPublication from '@/locales/en/publication.json';
import zhAudit from '@/locales/zh-CN/audit.json';
import zhChannel from '@/locales/zh-CN/channel.json';
import zhCommon from '@/locales/zh-CN/common.json';
import zhDuty from '@/locales/zh-CN/duty.json';
import zhIntegration from '@/locales/zh-CN/integration.json';
import zhImport from '@/locales/zh-CN/import.json';
import zhLeadingGroup from '@/locales/zh-CN/leadingGroup.json';
import zhMe from '@/locales/zh-CN/me.json';
import zhMenu from '@/locales/zh-CN/menu.json';
import zhOrganization from '@/locales/zh-CN/organization.json';
import zhNotification from '@/locales/zh-CN/notification.json';
import zhObligation from '@/locales/zh-CN/obligation.json';
import zhPerson from '@/locales/zh-CN/person.json';
import zhPublication from '@/locales/zh-CN/publication.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'dutyLedger.language';

const resources = {
  'zh-CN': {
    translation: {
      common: zhCommon,
      menu: zhMenu,
      me: zhMe,
      organization: zhOrganization,
      person: zhPerson,
      leadingGroup: zhLeadingGroup,
      audit: zhAudit,
      duty: zhDuty,
      channel: zhChannel,
      publication: zhPublication,
      notification: zhNotification,
      integration: zhIntegration,
      import: zhImport,
      obligation: zhObligation,
    },
  },
  en: {
    translation: {
      common: enCommon,
      menu: enMenu,
      me: enMe,
      organization: enOrganization,
      person: enPerson,
      leadingGroup: enLeadingGroup,
      audit: enAudit,
      duty: enDuty,
      channel: enChannel,
      publication: enPublication,
      notification: enNotification,
      integration: enIntegration,
      import: enImport,
      obligation: enObligation,
    },
  },
};

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyDayjsLocale(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
  applyDayjsLocale(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()): typeof i18n {
  applyDayjsLocale(language);
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else {
    void i18n.changeLanguage(language);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return i18n;
}

export { i18n };
