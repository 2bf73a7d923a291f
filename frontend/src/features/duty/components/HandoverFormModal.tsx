import { Alert, App, DatePicker, Flex, Form } from 'antd';
import { FormModal } from '@/components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ChannelSelect } from '@/features/channel';
import { PersonSelect } from '@/features/person';
import type { DutyAssignment, DutyBasis, DutyRole, HandoverResult, OrganizationRef } from '@/lib/api-types';
import { toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useHandOverDuty } from '../api/hand-over-duty';
import { assignmentState } from './describe';
import { BasisFields, basisOf, RoleSelect } from './fields';

interface Values {
  role: DutyRole;
  personId?: number;
  effectiveDate: Dayjs;
  basis?: DutyBasis;
  channelId?: number;
}

interface Props {
  organization: OrganizationRef;
  /** The organization's assignments, to name whose duty ends. */
  assignments: DutyAssignment[];
  initialRole?: DutyRole;
  onClose: () => void;
  onDone: (result: HandoverResult) => void;
}

/** Hands a role over in one step: the current holder ends the day before, the new one starts. */
export function HandoverFormModal({ organization, assignments, initialRole, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handOver = useHandOverDuty();
  const role = Form.useWatch('role', form) ?? initialRole ?? 'FIRST_RESPONSIBLE';
  const channelId = Form.useWatch('channelId', form);
  const effective = Form.useWatch('effectiveDate', form) ?? dayjs();
  const outgoing = assignments.filter(
    (a) =>
      a.role === role &&
      a.organization.id === organization.id &&
      (role !== 'CHANNEL_ADMIN' || a.channel?.id === channelId) &&
      assignmentState(a, toApiDate(effective)) === 'current',
  );

  async function submit(values: Values) {
    try {
      const result = await handOver.mutateAsync({
        organizationId: organization.id,
        body: {
          role: values.role,
          personId: values.personId!,
          effectiveDate: toApiDate(values.effectiveDate),
          basis: basisOf(values),
          channelId: values.role === 'CHANNEL_ADMIN' ? values.channelId : undefined,
        },
      });
      void message.success(
        t('duty.handover.done', {
          name: result.started.person.name,
          role: t(`duty.role.${result.started.role}`),
        }),
      );
      onDone(result);
    } catch (error) {
      // a conflict names the period of the new holder, which starts on the effective date
      showProblem(
        error,
        message,
        form,
        fieldsNamed('role', 'personId', 'effectiveDate', 'basis', 'channelId'),
        { validFrom: 'effectiveDate' },
      );
    }
  }

  const required = (field: string) => [
    { required: true, message: t('duty.form.required', { field: t(field) }) },
  ];

  return (
    <FormModal<Values>
      form={form}
      title={t('duty.handover.title', { organization: organization.name })}
      okText={t('duty.handover.submit')}
      pending={handOver.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="handover"
      testId="handover-form"
      initialValues={{ role: initialRole ?? 'FIRST_RESPONSIBLE', effectiveDate: dayjs() }}
      width={600}
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
          name="effectiveDate"
          label={t('duty.handover.effectiveDate')}
          rules={required('duty.handover.effectiveDate')}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
      </Flex>
      {role === 'CHANNEL_ADMIN' && (
        <Form.Item name="channelId" label={t('duty.field.channel')} rules={required('duty.field.channel')}>
          <ChannelSelect organizationId={organization.id} />
        </Form.Item>
      )}
      <Form.Item
        name="personId"
        label={t('duty.handover.newPerson')}
        rules={required('duty.handover.newPerson')}
      >
        <PersonSelect style={{ width: '100%' }} />
      </Form.Item>
      <BasisFields />
      <Alert
        type="info"
        showIcon
        data-testid="handover-outgoing"
        title={
          outgoing.length > 0
            ? t('duty.handover.ends', {
                names: outgoing.map((a) => a.person.name).join('、'),
                date: formatDate(toApiDate(effective.subtract(1, 'day'))),
              })
            : t('duty.handover.nobodyEnds')
        }
      />
    </FormModal>
  );
}
