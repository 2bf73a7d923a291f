import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRectifications, type Rectification } from '../api/queries';
import { Block } from './Block';
import { dueText } from './waited';

const SHOWN = 5;

/** 整改: those I am responsible for (soonest due first) and those waiting for my verification. */
export function RectificationsBlock() {
  const { t } = useTranslation();
  const rectifications = useRectifications(true);
  const toVerify = rectifications.data?.toVerify ?? [];
  const owned = rectifications.data?.owned ?? [];
  const line = (item: Rectification, verify: boolean) => ({
    key: `${verify ? 'verify' : 'own'}-${item.id}`,
    title: <Link to={`/rectifications/${item.id}`}>{item.finding.description}</Link>,
    detail: [
      item.finding.targetOrganizationName,
      verify
        ? t('home.rectifications.submittedBy', { name: item.submittedByName ?? '' })
        : item.responsiblePersonName,
    ]
      .filter(Boolean)
      .join(' · '),
    extra: verify ? (
      <Tag color="blue">{t('home.rectifications.toVerify')}</Tag>
    ) : item.longTerm && !item.dueOn ? (
      <Tag>{t('home.rectifications.longTerm')}</Tag>
    ) : (
      <Tag color={item.overdue ? 'red' : 'gold'}>{dueText(item.dueOn, t)}</Tag>
    ),
  });
  const lines = [...toVerify.map((item) => line(item, true)), ...owned.map((item) => line(item, false))];
  return (
    <Block
      id="rectifications"
      title={t('home.rectifications.title')}
      to="/rectifications"
      loading={rectifications.isPending}
      error={rectifications.error}
      onRetry={() => void rectifications.refetch()}
      count={lines.length}
      empty={t('home.rectifications.empty')}
      lines={lines.slice(0, SHOWN)}
    />
  );
}
