import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useMajorMatters, type MajorMatter } from '../api/queries';
import { Block } from './Block';

const SHOWN = 5;

/** 重大事项: matters reported to me and not yet acknowledged, then the other open ones of my organizations. */
export function MajorMattersBlock() {
  const { t } = useTranslation();
  const matters = useMajorMatters(true);
  const line = (matter: MajorMatter, toAcknowledge: boolean) => ({
    key: matter.id,
    title: <Link to={`/major-matters/${matter.id}`}>{matter.title}</Link>,
    detail: toAcknowledge
      ? t('home.majorMatters.ackBy', {
          organization: matter.organizationName,
          at: formatDateTime(matter.ackDeadline),
        })
      : `${matter.organizationName} → ${matter.recipientOrganizationName}`,
    extra: toAcknowledge ? (
      <Tag color={matter.ackOverdue ? 'red' : 'orange'}>{t('home.majorMatters.toAcknowledge')}</Tag>
    ) : (
      <Tag>{t('home.majorMatters.open')}</Tag>
    ),
  });
  const lines = [
    ...(matters.data?.toAcknowledge ?? []).map((matter) => line(matter, true)),
    ...(matters.data?.open ?? []).map((matter) => line(matter, false)),
  ];
  return (
    <Block
      id="major-matters"
      title={t('home.majorMatters.title')}
      to="/major-matters"
      loading={matters.isPending}
      error={matters.error}
      onRetry={() => void matters.refetch()}
      count={lines.length}
      empty={t('home.majorMatters.empty')}
      lines={lines.slice(0, SHOWN)}
    />
  );
}
