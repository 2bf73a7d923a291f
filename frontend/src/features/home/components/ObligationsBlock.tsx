import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useObligations } from '../api/queries';
import { Block } from './Block';
import { dueText } from './waited';

const SHOWN = 5;

/** 工作要求: what my organizations owe now — overdue first, then due, soonest first. */
export function ObligationsBlock() {
  const { t } = useTranslation();
  const obligations = useObligations(true);
  const open = (obligations.data ?? [])
    .filter((item) => item.status === 'OVERDUE' || item.status === 'DUE')
    .sort((a, b) =>
      a.status === b.status ? a.dueDate.localeCompare(b.dueDate) : a.status === 'OVERDUE' ? -1 : 1,
    );
  return (
    <Block
      id="obligations"
      title={t('home.obligations.title')}
      to="/obligations/mine"
      loading={obligations.isPending}
      error={obligations.error}
      onRetry={() => void obligations.refetch()}
      count={open.length}
      empty={t('home.obligations.empty')}
      lines={open.slice(0, SHOWN).map((item) => ({
        key: item.id,
        title: <Link to={`/obligations/organizations/${item.organization.id}`}>{item.title}</Link>,
        detail: [
          item.organization.name,
          item.period,
          t('home.obligations.met', { met: item.metCount, min: item.minCount }),
        ].join(' · '),
        extra: (
          <Tag color={item.status === 'OVERDUE' ? 'red' : 'gold'} data-testid="home-obligation-due">
            {dueText(item.dueDate, t)}
          </Tag>
        ),
      }))}
    />
  );
}
