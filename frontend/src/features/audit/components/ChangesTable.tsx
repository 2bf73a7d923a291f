import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/lib/api-types';
import { changeRows, type FieldChange } from './describe-event';
import { formatChangeValue } from './format-change';

/** Before/after values of the fields an event changed, as a reader reads them (names, words, local times). */
export function ChangesTable({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const rows = changeRows(event);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.changes.none')}</Typography.Text>;
  return (
    <Table<FieldChange>
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      columns={[
        {
          title: t('audit.changes.field'),
          dataIndex: 'field',
          width: '25%',
          render: (field: string) => t(`audit.field.${field}`, { defaultValue: field }),
        },
        {
          title: t('audit.changes.before'),
          dataIndex: 'before',
          render: (value: unknown, row) => (
            <span className="audit-before">{formatChangeValue(row.field, value, event, t)}</span>
          ),
        },
        {
          title: t('audit.changes.after'),
          dataIndex: 'after',
          render: (value: unknown, row) => (
            <span className="audit-after">{formatChangeValue(row.field, value, event, t)}</span>
          ),
        },
      ]}
    />
  );
}
