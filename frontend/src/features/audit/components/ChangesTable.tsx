import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from './describe-event';

/** Fields whose values are codes, and where their names are. */
const ENUMS: Record<string, string[]> = {
  type: ['organization.type', 'channel.type'],
  role: ['duty.role'],
  status: ['channel.status', 'publication.status'],
};

function useFormatValue() {
  const { t } = useTranslation();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string' && ENUMS[field]) {
      // the first dictionary that knows the value names it (organization and channel types differ)
      for (const area of ENUMS[field]) {
        const label = t(`${area}.${value}`, { defaultValue: '' });
        if (label) return label;
      }
      return value;
    }
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
}

/** Before/after values of the fields an event changed. */
export function ChangesTable({ rows }: { rows: FieldChange[] }) {
  const { t } = useTranslation();
  const format = useFormatValue();
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
          render: (value: unknown, row) => <span className="audit-before">{format(row.field, value)}</span>,
        },
        {
          title: t('audit.changes.after'),
          dataIndex: 'after',
          render: (value: unknown, row) => <span className="audit-after">{format(row.field, value)}</span>,
        },
      ]}
    />
  );
}
