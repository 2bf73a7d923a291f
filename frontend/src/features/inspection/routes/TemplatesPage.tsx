import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { formatDateTime } from '@/lib/format';
import { useTemplates } from '../api/templates';
import type { ScoringTemplate } from '../api/types';
import { canWriteInspections } from '../components/access';
import '../locale';

/** 考核评分细则: the templates the user may see, by organization (?organizationId=). */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const params = useListParams();
  const organizationId = params.id('organizationId');
  const templates = useTemplates({ organizationId, page: params.page, size: params.size });

  return (
    <PagedListPage<ScoringTemplate>
      title={t('inspection.template.listTitle')}
      testId="template-list"
      list={templates}
      page={params.page}
      onPage={(next) => params.update({ page: next })}
      emptyText={t('inspection.template.empty')}
      extra={
        canWriteInspections(access) && (
          <Link to="/scoring-templates/new">
            <Button type="primary" icon={<PlusOutlined aria-hidden />}>
              {t('inspection.template.create')}
            </Button>
          </Link>
        )
      }
      filters={
        <OrganizationSelect
          aria-label={t('inspection.field.organization')}
          placeholder={t('inspection.field.organization')}
          value={organizationId}
          onChange={(id) => params.update({ organizationId: id ?? null })}
          style={{ width: 240 }}
        />
      }
      columns={[
        {
          title: t('inspection.template.name'),
          dataIndex: 'name',
          render: (name: string, template) => (
            <Link to={`/scoring-templates/${template.id}`} data-testid="template-link">
              {name}
            </Link>
          ),
        },
        {
          title: t('inspection.template.revision'),
          dataIndex: 'revision',
          render: (revision: number) => t('inspection.template.revisionN', { n: revision }),
        },
        { title: t('inspection.field.organization'), dataIndex: 'organizationName' },
        {
          title: t('inspection.template.items'),
          key: 'items',
          render: (_, template) =>
            t('inspection.template.itemsSummary', {
              count: template.items.length,
              max: template.maxTotal,
            }),
        },
        {
          title: t('inspection.field.status'),
          key: 'frozen',
          render: (_, template) => (
            <Space size={4}>
              {template.frozen ? (
                <Tag color="blue">{t('inspection.template.frozen')}</Tag>
              ) : (
                <Tag>{t('inspection.template.editable')}</Tag>
              )}
            </Space>
          ),
        },
        {
          title: t('inspection.field.createdAt'),
          dataIndex: 'createdAt',
          render: (value: string) => formatDateTime(value),
        },
      ]}
    />
  );
}
