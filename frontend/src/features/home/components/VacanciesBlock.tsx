import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/lib/api-schema';
import { useVacancies } from '../api/queries';
import { Block } from './Block';

type Vacancy = components['schemas']['Vacancy'];
const SHOWN = 6;

/** The gap in the user's language; the server's text (zh-CN) when the type is new to this app. */
function vacancyText(vacancy: Vacancy, t: TFunction): string {
  return t(`duty.vacancy.${vacancy.type}`, {
    role: vacancy.role ? t(`duty.role.${vacancy.role}`) : '',
    person: vacancy.personName ?? '',
    channel: vacancy.channelName ?? '',
    defaultValue: vacancy.description,
  });
}

/** 缺位: the gaps in the responsibility system under the organizations my scope starts at. */
export function VacanciesBlock({ roots }: { roots: number[] }) {
  const { t } = useTranslation();
  const results = useVacancies(roots);
  const failed = results.find((result) => result.isError);
  const items = results.flatMap((result) => result.data?.items ?? []);
  const to =
    roots.length > 0 ? `/responsibility-matrix?under=${roots[0]}&onlyProblems=1` : '/responsibility-matrix';
  return (
    <Block
      id="vacancies"
      title={t('home.vacancies.title')}
      to={to}
      loading={results.some((result) => result.isPending)}
      error={failed?.error}
      onRetry={() => void failed?.refetch()}
      count={items.length}
      empty={t('home.vacancies.empty')}
      lines={items.slice(0, SHOWN).map((line, index) => ({
        key: `${line.organization.id}-${line.vacancy.type}-${line.vacancy.assignmentId ?? line.vacancy.channelId ?? index}`,
        title: <Link to={`/organizations/${line.organization.id}/duties`}>{line.organization.name}</Link>,
        detail: vacancyText(line.vacancy, t),
        extra: <Tag color="red">{t('home.vacancies.tag')}</Tag>,
      }))}
    />
  );
}
