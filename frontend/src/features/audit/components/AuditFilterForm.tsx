import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import type { AuditFilters } from '../api/filters';
import { AUDIT_ACTION_GROUPS, actionNameKey } from './audit-actions';

const ENTITY_TYPES = [
  'organization',
  'person',
  'leading_group',
  'duty_assignment',
  'channel',
  'publication',
  'review-policy',
  'webhook-subscription',
  'inspection',
  'finding',
  'rectification',
  'scoring-template',
  'inspection-package',
  'obligation',
  'fulfilment',
  'work-report',
  'major-matter',
  'accountability-case',
  'accountability-filer',
];

interface Values {
  entityType?: string;
  action?: string;
  actor?: string;
  organization?: number;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditFilterForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  function apply(values: Values) {
    onApply({
      entityType: values.entityType || undefined,
      action: values.action || undefined,
      actor: values.actor?.trim() || undefined,
      organization: values.organization ?? undefined,
      from: values.range?.[0]?.toISOString(),
      to: values.range?.[1]?.toISOString(),
    });
  }

  return (
    <Form<Values> form={form} name="audit-filters" layout="inline" onFinish={apply} style={{ rowGap: 12 }}>
      <Form.Item name="entityType" label={t('audit.filter.entityType')}>
        <Select
          allowClear
          placeholder={t('audit.filter.any')}
          style={{ width: 140 }}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityType.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="action" label={t('audit.filter.action')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.actionPlaceholder')}
          style={{ width: 220 }}
          data-testid="audit-action-filter"
          options={Object.entries(AUDIT_ACTION_GROUPS).map(([capability, actions]) => ({
            label: t(`audit.capability.${capability}`),
            options: actions.map((action) => ({ value: action, label: t(actionNameKey(action)) })),
          }))}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.filter.actor')}>
        <Input allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="organization" label={t('audit.filter.organization')}>
        <OrganizationSelect style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.filter.timeRange')}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('audit.filter.apply')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
