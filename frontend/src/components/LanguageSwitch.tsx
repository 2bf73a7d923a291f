import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : currentLanguage();
  return (
    <Segmented<Language>
      data-testid="lang-switch"
      aria-label={t('common.language.label')}
      size="small"
      value={value as Language}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`common.language.${language}`) }))}
      onChange={(language) => void changeLanguage(language)}
    />
  );
}
