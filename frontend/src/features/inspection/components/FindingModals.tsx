import { App, DatePicker, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { DUTY_ROLES } from '@/lib/api-types';
import { fieldsNamed } from '@/lib/form-errors';
import { useCreateFinding, useCreateRectification } from '../api/rectifications';
import { FINDING_SOURCES, SEVERITIES, type Finding, type Rectification } from '../api/types';
import { findingBody, rectificationBody, type FindingValues, type RectificationValues } from './payloads';
import { showInspectionProblem } from './problems';

/** 提出问题: a finding on a target, from an inspection, a self-check, or raised directly. */
export function RaiseFindingModal({
  initial,
  onClose,
  onRaised,
}: {
  initial?: Partial<FindingValues>;
  onClose: () => void;
  onRaised: (finding: Finding) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<FindingValues>();
  const create = useCreateFinding();
  const firstStaff = me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId;
  // the watch is empty until the form inside the dialog has connected: fall back to the initial value
  const source = Form.useWatch('source', form) ?? initial?.source ?? 'DIRECT';

  return (
    <FormModal<FindingValues>
      form={form}
      title={t('inspection.finding.raiseTitle')}
      okText={t('inspection.finding.raise')}
      pending={create.isPending}
      onCancel={onClose}
      name="raise-finding"
      testId="raise-finding-form"
      initialValues={{ raisingOrganizationId: firstStaff, source: 'DIRECT', severity: 'MEDIUM', ...initial }}
      onFinish={async (values) => {
        try {
          const finding = await create.mutateAsync(findingBody(values));
          void message.success(t('inspection.finding.raised'));
          onRaised(finding);
        } catch (error) {
          showInspectionProblem(
            error,
            message,
            form,
            fieldsNamed(
              'targetOrganizationId',
              'raisingOrganizationId',
              'source',
              'inspectionId',
              'itemCode',
              'description',
              'severity',
            ),
          );
        }
      }}
    >
      <Form.Item
        name="targetOrganizationId"
        label={t('inspection.finding.target')}
        rules={[{ required: true, message: t('inspection.finding.targetRequired') }]}
      >
        <OrganizationSelect aria-label={t('inspection.finding.target')} />
      </Form.Item>
      <Form.Item
        name="raisingOrganizationId"
        label={t('inspection.finding.raising')}
        rules={[{ required: true, message: t('inspection.field.organizationRequired') }]}
      >
        <OrganizationSelect aria-label={t('inspection.finding.raising')} />
      </Form.Item>
      <Form.Item name="source" label={t('inspection.finding.source')} rules={[{ required: true }]}>
        <Radio.Group
          options={FINDING_SOURCES.map((value) => ({ value, label: t(`inspection.source.${value}`) }))}
        />
      </Form.Item>
      {source === 'INSPECTION' && (
        <Form.Item name="inspectionId" label={t('inspection.finding.inspectionId')}>
          <InputNumber min={1} aria-label={t('inspection.finding.inspectionId')} />
        </Form.Item>
      )}
      {source === 'INSPECTION' && (
        <Form.Item name="itemCode" label={t('inspection.finding.itemCode')}>
          <Input maxLength={20} style={{ width: 160 }} />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('inspection.finding.description')}
        rules={[{ required: true, whitespace: true, message: t('inspection.finding.descriptionRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="severity" label={t('inspection.finding.severity')} rules={[{ required: true }]}>
        <Radio.Group
          options={SEVERITIES.map((value) => ({ value, label: t(`inspection.severity.${value}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** 制定整改: measures, the responsible role (the target's holder of it today is named by the server), a deadline or 长期坚持. */
export function CreateRectificationModal({
  finding,
  onClose,
  onCreated,
}: {
  finding: Finding;
  onClose: () => void;
  onCreated: (rectification: Rectification) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RectificationValues>();
  const create = useCreateRectification();
  const longTerm = Form.useWatch('longTerm', form);

  return (
    <FormModal<RectificationValues>
      form={form}
      title={t('inspection.rectification.createTitle', { target: finding.targetOrganizationName })}
      okText={t('inspection.rectification.create')}
      pending={create.isPending}
      onCancel={onClose}
      name="create-rectification"
      testId="create-rectification-form"
      initialValues={{
        responsibleRole: 'FIRST_RESPONSIBLE',
        longTerm: false,
        deadline: dayjs().add(10, 'day'),
      }}
      intro={<p data-testid="rectification-finding">{finding.description}</p>}
      onFinish={async (values) => {
        try {
          const created = await create.mutateAsync(rectificationBody(finding.id, values));
          void message.success(t('inspection.rectification.created'));
          onCreated(created);
        } catch (error) {
          showInspectionProblem(
            error,
            message,
            form,
            fieldsNamed('measures', 'responsibleRole', 'deadline', 'longTerm', 'checkDates'),
          );
        }
      }}
    >
      <Form.Item
        name="measures"
        label={t('inspection.rectification.measures')}
        rules={[
          { required: true, whitespace: true, message: t('inspection.rectification.measuresRequired') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item
        name="responsibleRole"
        label={t('inspection.rectification.responsibleRole')}
        extra={t('inspection.rectification.responsibleHint')}
        rules={[{ required: true }]}
      >
        <Select
          aria-label={t('inspection.rectification.responsibleRole')}
          options={DUTY_ROLES.map((role) => ({ value: role, label: t(`duty.role.${role}`) }))}
        />
      </Form.Item>
      <Form.Item name="longTerm" label={t('inspection.rectification.longTerm')} valuePropName="checked">
        <Switch aria-label={t('inspection.rectification.longTerm')} />
      </Form.Item>
      {longTerm ? (
        <Form.Item
          name="checkDates"
          label={t('inspection.rectification.checkDates')}
          rules={[{ required: true, message: t('inspection.rectification.checkDatesRequired') }]}
        >
          <DatePicker
            multiple
            aria-label={t('inspection.rectification.checkDates')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="deadline"
          label={t('inspection.rectification.deadline')}
          rules={[{ required: true, message: t('inspection.rectification.deadlineRequired') }]}
        >
          <DatePicker aria-label={t('inspection.rectification.deadline')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
