import { Alert, App, DatePicker, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { OrganizationSelect } from '@/features/organization';
import { DUTY_ROLES, ORG_TYPES, type DutyRole, type OrgType } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useCreateRule, useUpdateRule } from '../api/save-rule';
import type { ObligationKind, ObligationPeriod, ObligationRule } from '../api/types';
import { KINDS, RULE_PERIODS } from './kinds';
import { fromRule, isMonthDay, toRulePayload, type RuleFormValues } from './rule-payload';

const FIELDS = fieldsNamed(
  'issuerOrganizationId',
  'title',
  'kind',
  'period',
  'minCount',
  'dueMonthDay',
  'appliesTo',
  'includeIssuer',
  'perHolderRole',
  'accountableRole',
  'basis',
  'validFrom',
  'validTo',
);

interface Props {
  /** Edit this rule; a new one when absent. */
  rule?: ObligationRule;
  /** The issuer a new rule starts with (the user's own organization). */
  defaultIssuer?: number;
  onClose: () => void;
}

/** Issue or change an obligation rule; a change applies from the next period. */
export function RuleFormModal({ rule, defaultIssuer, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const create = useCreateRule();
  const update = useUpdateRule();
  const label = (field: string) => t(`obligation.rule.${field}`);
  const required = (field: string) => ({
    required: true,
    message: t('obligation.form.required', { field: label(field) }),
  });

  async function submit(values: RuleFormValues) {
    const body = toRulePayload(values);
    try {
      if (rule) await update.mutateAsync({ id: rule.id, body: { ...body, version: rule.version } });
      else await create.mutateAsync(body);
      void message.success(t('obligation.rule.saved', { title: body.title }));
      onClose();
    } catch (error) {
      showProblem(error, message, form, FIELDS);
    }
  }

  return (
    <FormModal<RuleFormValues>
      form={form}
      width={720}
      name="obligation-rule"
      testId="rule-form"
      title={rule ? t('obligation.rule.editTitle', { title: rule.title }) : t('obligation.rule.createTitle')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      onFinish={submit}
      initialValues={
        rule
          ? fromRule(rule)
          : {
              issuerOrganizationId: defaultIssuer,
              kind: 'MEETING',
              period: 'YEAR',
              minCount: 1,
              appliesTo: [],
              includeIssuer: false,
              accountableRole: 'FIRST_RESPONSIBLE',
              validFrom: dayjs().startOf('year'),
            }
      }
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={rule ? t('obligation.rule.changeFromNextPeriod') : t('obligation.rule.createHint')}
        />
      }
    >
      <Form.Item name="issuerOrganizationId" label={label('issuer')} rules={[required('issuer')]}>
        <OrganizationSelect initialOption={rule?.issuer} allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="title" label={label('title')} rules={[{ ...required('title'), whitespace: true }]}>
        <Input maxLength={200} placeholder={t('obligation.rule.titleHint')} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="kind" label={label('kind')} rules={[required('kind')]} style={{ minWidth: 160 }}>
          <Select<ObligationKind>
            options={KINDS.map((kind) => ({ value: kind, label: t(`obligation.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={label('period')}
          rules={[required('period')]}
          style={{ minWidth: 120 }}
        >
          <Select<ObligationPeriod>
            options={RULE_PERIODS.map((period) => ({
              value: period,
              label: t(`obligation.period.${period}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="minCount" label={label('minCount')} rules={[required('minCount')]}>
          <InputNumber min={1} max={99} precision={0} />
        </Form.Item>
        <Form.Item
          name="dueMonthDay"
          label={label('dueMonthDay')}
          extra={t('obligation.rule.dueMonthDayHint')}
          rules={[
            {
              validator: (_, value?: string) =>
                !value?.trim() || isMonthDay(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('obligation.rule.dueMonthDayInvalid'))),
            },
          ]}
        >
          <Input placeholder="06-30" style={{ width: 120 }} maxLength={5} />
        </Form.Item>
      </Flex>
      <Form.Item name="appliesTo" label={label('appliesTo')} rules={[required('appliesTo')]}>
        <Select<OrgType[]>
          mode="multiple"
          options={ORG_TYPES.map((type) => ({ value: type, label: t(`organization.type.${type}`) }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item name="includeIssuer" label={label('includeIssuer')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="accountableRole"
          label={label('accountableRole')}
          rules={[required('accountableRole')]}
          style={{ minWidth: 200 }}
        >
          <Select<DutyRole>
            options={DUTY_ROLES.map((role) => ({ value: role, label: t(`duty.role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="perHolderRole"
          label={label('perHolderRole')}
          extra={t('obligation.rule.perHolderHint')}
          style={{ minWidth: 200 }}
        >
          <Select<DutyRole>
            allowClear
            placeholder={t('obligation.rule.perOrganization')}
            options={DUTY_ROLES.map((role) => ({ value: role, label: t(`duty.role.${role}`) }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="basis" label={label('basis')}>
        <Input maxLength={200} placeholder={t('obligation.rule.basisHint')} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="validFrom" label={label('validFrom')} rules={[required('validFrom')]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="validTo" label={label('validTo')}>
          <DatePicker />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
