import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Vacancy } from '@/lib/api-types';

/** A gap, in red: the server's Chinese description, or its kind in another language. */
export function VacancyTag({ vacancy }: { vacancy: Vacancy }) {
  const { t, i18n } = useTranslation();
  const text = i18n.language.startsWith('zh')
    ? vacancy.description
    : t(`duty.vacancy.${vacancy.type}`, {
        person: vacancy.personName ?? '',
        channel: vacancy.channelName ?? '',
        role: vacancy.role ? t(`duty.role.${vacancy.role}`) : '',
      });
  return (
    <Tooltip title={vacancy.description}>
      <Tag color="red" data-testid="vacancy" data-type={vacancy.type} style={{ whiteSpace: 'normal' }}>
        {text}
      </Tag>
    </Tooltip>
  );
}
