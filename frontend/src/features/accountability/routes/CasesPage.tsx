import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { OrganizationSelect } from '@/features/organization';
import { useAccess, useMe } from '@/features/me';
import { formatDate } from '@/lib/format';
import { useCases } from '../api/cases';
import { useOwnGrants } from '../api/filers';
import { CASE_STATUSES, type AccountabilityCase, type CaseStatus } from '../api/types';
import { situationText } from '../components/print';
import { CaseStatusTag } from '../components/tags';
import '../locale';

/** 问责案件: the cases in reach, filtered in the address (?filing=&subject=&status=). */
export default function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams();
  const access = useAccess();
  const me = useMe().data;
  const { canFile } = useOwnGrants(me?.person?.id, access.isAdmin);
  const filingOrganizationId = params.id('filing');
  const subjectOrganizationId = params.id('subject');
  const status = params.oneOf<CaseStatus>('status', CASE_STATUSES);
  const list = useCases({
    filingOrganizationId,
    subjectOrganizationId,
    status,
    page: params.page,
    size: params.size,
  });

  return (
    <PagedListPage<AccountabilityCase>
      title={t('accountability.list.title')}
      testId="accountability-cases"
      list={list}
      page={params.page}
      onPage={(next) => params.update({ page: next })}
      emptyText={t('accountability.list.empty')}
      extra={
        canFile && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => navigate('/accountability-cases/new')}
          >
            {t('accountability.list.file')}
          </Button>
        )
      }
      filters={
        <>
          <OrganizationSelect
            aria-label={t('accountability.field.filingOrganization')}
            placeholder={t('accountability.field.filingOrganization')}
            value={filingOrganizationId}
            onChange={(id) => params.update({ filing: id ?? null })}
            style={{ width: 220 }}
          />
          <OrganizationSelect
            aria-label={t('accountability.field.subjectOrganization')}
            placeholder={t('accountability.field.subjectOrganization')}
            value={subjectOrganizationId}
            onChange={(id) => params.update({ subject: id ?? null })}
            style={{ width: 220 }}
          />
          <Select<CaseStatus>
            aria-label={t('accountability.field.status')}
            placeholder={t('accountability.field.status')}
            allowClear
            value={status}
            style={{ width: 140 }}
            onChange={(value) => params.update({ status: value ?? null })}
            options={CASE_STATUSES.map((value) => ({ value, label: t(`accountability.status.${value}`) }))}
          />
        </>
      }
      columns={[
        {
          title: t('accountability.field.title'),
          key: 'title',
          render: (_, c) => (
            <Link to={`/accountability-cases/${c.id}`} data-testid="case-link">
              {c.title}
            </Link>
          ),
        },
        { title: t('accountability.field.subjectOrganization'), dataIndex: 'subjectOrganizationName' },
        {
          title: t('accountability.field.incidentDate'),
          key: 'date',
          render: (_, c) => formatDate(c.incidentDate),
        },
        {
          title: t('accountability.field.situation'),
          key: 'situation',
          render: (_, c) => situationText(c, t),
        },
        { title: t('accountability.field.filingOrganization'), dataIndex: 'filingOrganizationName' },
        {
          title: t('accountability.field.status'),
          key: 'status',
          render: (_, c) => <CaseStatusTag status={c.status} />,
        },
      ]}
    />
  );
}
