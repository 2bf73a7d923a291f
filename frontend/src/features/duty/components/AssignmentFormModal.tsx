import { Alert, App, DatePicker, Flex, Form, Input } from 'antd';
import { FormModal } from '@/components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ChannelSelect } from '@/features/channel';
import { PersonSelect } from '@/features/person';
import type { DutyAssignment, DutyBasis, DutyRole, OrganizationRef } from '@/lib/api-types';
import { fromApiDate, toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useAssignDuty } from '../api/assign-duty';
import { useCorrectDuty } from '../api/correct-duty';
import { BasisFields, basisOf, RoleSelect, ScopeFields } from './fields';

export type AssignmentFormMode =
  { kind: 'create'; role?: DutyRole } | { kind: 'correct'; assignment: DutyAssignment };

interface Values {
  personId?: number;
  role: DutyRole;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  basis?: DutyBasis;
  scopeOrganizationIds?: (number | undefined)[];
  channelId?: number;
  reason?: string;
}

interface Props {
  organization: OrganizationRef;
  mode: AssignmentFormMode;
  onClose: () => void;
  onSaved: (saved: DutyAssignment) => void;
}

const FIELDS = fieldsNamed(
  'personId',
  'role',
  'validFrom',
  'validTo',
  'basis',
  'scopeOrganizationIds',
  'channelId',
  'reason',
);

/** Records a new duty, or corrects a mistaken entry (the whole entry again, with the reason). */
export function AssignmentFormModal({ organization, mode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assign = useAssignDuty();
  const correct = useCorrectDuty();
  const role = Form.useWatch('role', form);
  const original = mode.kind === 'correct' ? mode.assignment : null;

  const initialValues: Partial<Values> = original
    ? {
        personId: original.person.id,
        role: original.role,
        validFrom: fromApiDate(original.validFrom) ?? undefined,
        validTo: fromApiDate(original.validTo),
        basis: { documentNumber: original.basis?.documentNumber, title: original.basis?.title },
        scopeOrganizationIds: original.scope.map((org) => org.id),
        channelId: original.channel?.id,
      }
    : {
        role: mode.kind === 'create' ? (mode.role ?? 'FIRST_RESPONSIBLE') : 'FIRST_RESPONSIBLE',
        validFrom: dayjs(),
        scopeOrganizationIds: [undefined],
      };

  const required = (field: string) => [
    { required: true, message: t('duty.form.required', { field: t(field) }) },
  ];

  async function save(values: Values) {
    const entry = {
      personId: values.personId!,
      role: values.role,
      validFrom: toApiDate(values.validFrom),
      validTo: values.validTo ? toApiDate(values.validTo) : undefined,
      basis: basisOf(values),
      scopeOrganizationIds:
        values.role === 'MEMBER_DUAL_DUTY'
          ? (values.scopeOrganizationIds ?? []).filter((id): id is number => !!id)
          : undefined,
      channelId: values.role === 'CHANNEL_ADMIN' ? values.channelId : undefined,
    };
    try {
      const saved = original
        ? await correct.mutateAsync({
            id: original.id,
            body: { version: original.version, reason: values.reason!.trim(), ...entry },
          })
        : await assign.mutateAsync({ organizationId: organization.id, ...entry });
      void message.success(
        t(original ? 'duty.form.corrected' : 'duty.form.assigned', { name: saved.person.name }),
      );
      onSaved(saved);
    } catch (error) {
      showProblem(error, message, form, FIELDS);
    }
  }

  return (
    <FormModal<Values>
      form={form}
      width={640}
      title={
        original
          ? t('duty.form.correctTitle', { name: original.person.name, role: t(`duty.role.${original.role}`) })
          : t('duty.form.createTitle', { organization: organization.name })
      }
      pending={assign.isPending || correct.isPending}
      onCancel={onClose}
      onFinish={save}
      name="duty-assignment"
      testId="assignment-form"
      initialValues={initialValues}
      intro={
        original && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('duty.form.correctHint')} />
        )
      }
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="role"
          label={t('duty.field.role')}
          rules={required('duty.field.role')}
          style={{ minWidth: 180 }}
        >
          <RoleSelect />
        </Form.Item>
        <Form.Item
          name="personId"
          label={t('duty.field.person')}
          rules={required('duty.field.person')}
          style={{ minWidth: 240, flex: 1 }}
        >
          <PersonSelect
            initialOption={original ? { id: original.person.id, name: original.person.name } : null}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="validFrom"
          label={t('duty.field.validFrom')}
          rules={required('duty.field.validFrom')}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="validTo" label={t('duty.field.validTo')} extra={t('duty.form.validToHint')}>
          <DatePicker />
        </Form.Item>
      </Flex>
      <BasisFields />
      {role === 'MEMBER_DUAL_DUTY' && <ScopeFields organizationId={organization.id} />}
      {role === 'CHANNEL_ADMIN' && (
        <Form.Item name="channelId" label={t('duty.field.channel')} rules={required('duty.field.channel')}>
          <ChannelSelect organizationId={organization.id} initialOption={original?.channel} />
        </Form.Item>
      )}
      {original && (
        <Form.Item
          name="reason"
          label={t('duty.field.correctionReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('duty.form.required', { field: t('duty.field.correctionReason') }),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
