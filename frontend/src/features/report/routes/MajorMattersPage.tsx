import { AlertOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGE_SIZE, useListParams } from '@/components/PagedListPage';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { useMajorMatters, useMyMajorMatters } from '../api/major-matters';
import type { MajorMatterStatus } from '../api/types';
import { MAJOR_MATTER_STATUSES } from '../components/kinds';
import { canWriteReports } from '../components/access';
import { MatterTable } from '../components/MatterTable';
import '../locale';

const TABS = ['toAcknowledge', 'open', 'all'] as const;
type Tab = (typeof TABS)[number];

function AllMatters() {
  const { t } = useTranslation();
  const params = useListParams();
  const { page, update } = params;
  const organizationId = params.id('organizationId');
  const status = params.oneOf<MajorMatterStatus>('status', MAJOR_MATTER_STATUSES);
  const matters = useMajorMatters({ organizationId, status, page, size: PAGE_SIZE });
  if (matters.isError) return <QueryError error={matters.error} onRetry={() => void matters.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap>
        <OrganizationSelect
          aria-label={t('report.matter.field.organization')}
          placeholder={t('report.matter.field.organization')}
          value={organizationId}
          onChange={(id) => update({ organizationId: id ?? null })}
          style={{ width: 240 }}
        />
        <Select<MajorMatterStatus>
          aria-label={t('report.matter.field.status')}
          placeholder={t('report.matter.field.status')}
          allowClear
          value={status}
          style={{ width: 140 }}
          onChange={(value) => update({ status: value ?? null })}
          options={MAJOR_MATTER_STATUSES.map((value) => ({
            value,
            label: t(`report.matter.status.${value}`),
          }))}
        />
      </Flex>
      <MatterTable
        testId="matter-list"
        matters={matters.data?.items ?? []}
        loading={matters.isFetching}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: matters.data?.total ?? 0,
          onChange: (next) => update({ page: next - 1 }),
        }}
      />
    </Flex>
  );
}

/** 重大事项报告: what waits for my acknowledgement, what is still open, and all I may read (?tab=). */
export default function MajorMattersPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const params = useListParams();
  const mine = useMyMajorMatters();
  const toAcknowledge = mine.data?.toAcknowledge ?? [];
  const open = mine.data?.open ?? [];
  const tab: Tab = params.oneOf<Tab>('tab', TABS) ?? (toAcknowledge.length > 0 ? 'toAcknowledge' : 'open');

  return (
    <Card
      title={t('report.matter.list.title')}
      extra={
        canWriteReports(access) && (
          <Link to="/major-matters/new">
            <Button type="primary" danger icon={<AlertOutlined aria-hidden />}>
              {t('report.matter.create')}
            </Button>
          </Link>
        )
      }
    >
      {mine.isError && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => params.update({ tab: key, organizationId: null, status: null })}
        items={[
          {
            key: 'toAcknowledge',
            label: t('report.matter.list.toAcknowledge', { count: toAcknowledge.length }),
            children: (
              <MatterTable
                testId="matters-to-acknowledge"
                matters={toAcknowledge}
                loading={mine.isFetching}
              />
            ),
          },
          {
            key: 'open',
            label: t('report.matter.list.open', { count: open.length }),
            children: <MatterTable testId="matters-open" matters={open} loading={mine.isFetching} />,
          },
          { key: 'all', label: t('report.matter.list.all'), children: tab === 'all' && <AllMatters /> },
        ]}
      />
    </Card>
  );
}
