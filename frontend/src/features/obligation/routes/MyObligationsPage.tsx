import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useMyObligations } from '../api/list-my-obligations';
import { ObligationTable } from '../components/ObligationTable';

/** 我的工作要求: what the caller's organizations owe, soonest due first, with a quick way to record it. */
export default function MyObligationsPage() {
  const { t } = useTranslation();
  const mine = useMyObligations();
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <Card
      title={t('obligation.mine.title')}
      extra={<Link to="/obligations/compliance">{t('obligation.compliance.title')}</Link>}
    >
      <ObligationTable
        testId="my-obligations"
        showOrganization
        loading={mine.isFetching}
        obligations={mine.data ?? []}
        emptyText={t('obligation.mine.empty')}
      />
    </Card>
  );
}
