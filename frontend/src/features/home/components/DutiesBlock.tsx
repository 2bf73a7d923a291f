import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDuties } from '../api/queries';
import { Block } from './Block';
import { punctuation } from '@/lib/punctuation';

/** 我的职责: the roles I hold today, where, and the channels I keep. */
export function DutiesBlock() {
  const { t } = useTranslation();
  const duties = useDuties(true);
  const assignments = duties.data?.assignments ?? [];
  return (
    <Block
      id="duties"
      title={t('home.duties.title')}
      to="/me/duties"
      loading={duties.isPending}
      error={duties.error}
      onRetry={() => void duties.refetch()}
      empty={t('home.duties.empty')}
      lines={assignments.map((duty) => ({
        key: duty.id,
        title: (
          <Link to={`/organizations/${duty.organization.id}/duties`}>
            {t(`duty.role.${duty.role}`)} · {duty.organization.name}
          </Link>
        ),
        detail: [
          duty.channel ? t('home.duties.channel', { channel: duty.channel.name }) : null,
          duty.scope.length > 0
            ? t('home.duties.scope', {
                organizations: duty.scope.map((org) => org.name).join(punctuation(t).listSeparator),
              })
            : null,
          t('home.duties.since', { date: duty.validFrom }),
        ]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
