import { App, DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { fromApiDate } from '@/lib/dates';
import { fieldsNamed } from '@/lib/form-errors';
import { useUpdateInspection } from '../api/inspections';
import { useSubtree } from '../api/lookups';
import type { Inspection } from '../api/types';
import { planUpdateBody, type PlanEditValues } from './payloads';
import { showInspectionProblem } from './problems';
import { TeamSelect } from './TeamSelect';

/** 编辑 a planned inspection: title, dates, team and targets (the draw of a 随机抽查 is not redone here). */
export function EditPlanModal({ inspection, onClose }: { inspection: Inspection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanEditValues>();
  const update = useUpdateInspection();
  // a 随机抽查's targets are its recorded draw: they stay as drawn
  const drawn = inspection.kind === 'RANDOM';
  const subtree = useSubtree(inspection.organizationId);
  const options = (subtree.data ?? [])
    .filter((org) =>
      inspection.kind === 'SELF'
        ? org.id === inspection.organizationId
        : org.id !== inspection.organizationId,
    )
    .map((org) => ({ value: org.id, label: org.name }));
  for (const target of inspection.targets) {
    if (!options.some((option) => option.value === target.organizationId)) {
      options.push({ value: target.organizationId, label: target.organizationName });
    }
  }

  return (
    <FormModal<PlanEditValues>
      form={form}
      title={t('inspection.detail.editTitle')}
      pending={update.isPending}
      onCancel={onClose}
      name="edit-plan"
      testId="edit-plan-form"
      initialValues={{
        title: inspection.title,
        dates: [fromApiDate(inspection.startsOn)!, fromApiDate(inspection.endsOn)!],
        teamPersonIds: inspection.team.map((member) => member.personId),
        ...(drawn ? {} : { targetIds: inspection.targets.map((target) => target.organizationId) }),
      }}
      onFinish={async (values) => {
        try {
          await update.mutateAsync({
            id: inspection.id,
            body: planUpdateBody(inspection.version, values, inspection.kind),
          });
          void message.success(t('inspection.detail.edited'));
          onClose();
        } catch (error) {
          showInspectionProblem(error, message, form, fieldsNamed('title', 'teamPersonIds', 'targetIds'));
        }
      }}
    >
      <Form.Item
        name="title"
        label={t('inspection.field.title')}
        rules={[{ required: true, whitespace: true, message: t('inspection.field.titleRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="dates"
        label={t('inspection.field.dates')}
        rules={[{ required: true, message: t('inspection.field.datesRequired') }]}
      >
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="teamPersonIds" label={t('inspection.field.team')}>
        <TeamSelect
          under={inspection.organizationId}
          known={inspection.team}
          aria-label={t('inspection.field.team')}
        />
      </Form.Item>
      {!drawn && (
        <Form.Item
          name="targetIds"
          label={t('inspection.field.targets')}
          rules={[{ required: true, message: t('inspection.plan.targetsRequired') }]}
        >
          <Select mode="multiple" optionFilterProp="label" options={options} loading={subtree.isFetching} />
        </Form.Item>
      )}
    </FormModal>
  );
}
