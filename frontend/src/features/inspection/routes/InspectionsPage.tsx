import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useInspections } from '../api/inspections';
import {
  INSPECTION_STATUSES,
  type Inspection,
  type InspectionKind,
  type InspectionStatus,
} from '../api/types';
import { canWriteInspections } from '../components/access';
import { periodLabel, periodOptions } from '../components/labels';
import { InspectionStatusTag } from '../components/tags';
import '../locale';

/** 督查考核: the inspections the user may see, filtered in the address (?organizationId=&status=&period=). */
export default function InspectionsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const params = useListParams();
  const organizationId = params.id('organizationId');
  const status = params.oneOf<InspectionStatus>('status', INSPECTION_STATUSES);
  const periods = periodOptions(todayApiDate(), t, 3);
  const period = params.oneOf(
    'period',
    periods.map((option) => option.value),
  );
  const inspections = useInspections({
    organizationId,
    status,
    period,
    page: params.page,
    size: params.size,
  });

  return (
    <PagedListPage<Inspection>
      title={t('inspection.list.title')}
      testId="inspection-list"
      list={inspections}
      page={params.page}
      onPage={(next) => params.update({ page: next })}
      emptyText={t('inspection.list.empty')}
      extra={
        canWriteInspections(access) && (
          <Link to="/inspections/new">
            <Button type="primary" icon={<PlusOutlined aria-hidden />}>
              {t('inspection.list.create')}
            </Button>
          </Link>
        )
      }
      filters={
        <>
          <OrganizationSelect
            aria-label={t('inspection.field.organization')}
            placeholder={t('inspection.field.organization')}
            value={organizationId}
            onChange={(id) => params.update({ organizationId: id ?? null })}
            style={{ width: 240 }}
          />
          <Select<string>
            aria-label={t('inspection.field.period')}
            placeholder={t('inspection.field.period')}
            allowClear
            value={period}
            style={{ width: 170 }}
            onChange={(value) => params.update({ period: value ?? null })}
            options={periods}
          />
          <Select<InspectionStatus>
            aria-label={t('inspection.field.status')}
            placeholder={t('inspection.field.status')}
            allowClear
            value={status}
            style={{ width: 140 }}
            onChange={(value) => params.update({ status: value ?? null })}
            options={INSPECTION_STATUSES.map((value) => ({ value, label: t(`inspection.status.${value}`) }))}
          />
        </>
      }
      columns={[
        {
          title: t('inspection.field.title'),
          dataIndex: 'title',
          render: (title: string, inspection) => (
            <Link to={`/inspections/${inspection.id}`} data-testid="inspection-link">
              {title}
            </Link>
          ),
        },
        {
          title: t('inspection.field.kind'),
          dataIndex: 'kind',
          render: (kind: InspectionKind) => t(`inspection.kind.${kind}`),
        },
        { title: t('inspection.field.organization'), dataIndex: 'organizationName' },
        {
          title: t('inspection.field.period'),
          dataIndex: 'period',
          render: (value: string) => periodLabel(value, t),
        },
        {
          title: t('inspection.field.dates'),
          key: 'dates',
          render: (_, inspection) => `${formatDate(inspection.startsOn)} ~ ${formatDate(inspection.endsOn)}`,
        },
        {
          title: t('inspection.field.targets'),
          key: 'targets',
          render: (_, inspection) => inspection.targets.length,
        },
        {
          title: t('inspection.field.status'),
          dataIndex: 'status',
          render: (value: InspectionStatus) => <InspectionStatusTag status={value} />,
        },
      ]}
    />
  );
}
