import { Alert, App, DatePicker, Flex, Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '@/components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ChannelSelect } from '@/features/channel';
import { PersonSelect } from '@/features/person';
import type { DutyAssignment, DutyBasis, DutyRole, HandoverResult, OrganizationRef } from '@/lib/api-types';
import { toApiDate } from '@/lib/dates';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useCorrectDuty } from '../api/correct-duty';
import { useDutyCandidate } from '../api/get-duty-candidate';
import { useHandOverDuty } from '../api/hand-over-duty';
import { invalidateDuties } from '../api/invalidate';
import { assignmentState } from './describe';
import { BasisFields, basisOf, RoleSelect } from './fields';
import { punctuation } from '@/lib/punctuation';

interface Values {
  role: DutyRole;
  personId?: number;
  effectiveDate: Dayjs;
  basis?: DutyBasis;
  channelId?: number;
  /** 更正 only: why the entry is rewritten. */
  reason?: string;
}

interface Props {
  organization: OrganizationRef;
  /** The organization's assignments, to name whose duty ends. */
  assignments: DutyAssignment[];
  initialRole?: DutyRole;
  onClose: () => void;
  onDone: (result: HandoverResult) => void;
}

/**
 * Hands a role over in one step: the current holder ends the day before, the new one starts. A holder who starts on
 * the effective day cannot end the day before: then the dialog offers 更正 instead (the new holder replaces that entry
 * from its start), as it does when the server refuses such a hand-over. A candidate out of the organization's line is
 * warned about before, with the matrix's rule asked from the server.
 */
export function HandoverFormModal({ organization, assignments, initialRole, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handOver = useHandOverDuty();
  const correct = useCorrectDuty();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string>();
  const role = Form.useWatch('role', form) ?? initialRole ?? 'FIRST_RESPONSIBLE';
  const channelId = Form.useWatch('channelId', form);
  const personId = Form.useWatch('personId', form);
  const effective = Form.useWatch('effectiveDate', form) ?? dayjs();
  const day = toApiDate(effective);
  const candidate = useDutyCandidate(organization.id, personId ?? undefined).data;
  const outgoing = assignments.filter(
    (a) =>
      a.role === role &&
      a.organization.id === organization.id &&
      (role !== 'CHANNEL_ADMIN' || a.channel?.id === channelId) &&
      assignmentState(a, day) === 'current',
  );
  // The entry to correct: one that starts on the effective day (it cannot end the day before).
  const replaced = outgoing.find((a) => a.validFrom === day);
  const outOfLine = candidate?.person.id === personId && candidate?.inLine === false;

  async function submitCorrection(values: Values, target: DutyAssignment) {
    try {
      const result = await correct.mutateAsync({
        id: target.id,
        body: {
          version: target.version,
          reason: values.reason!.trim(),
          personId: values.personId!,
          role: target.role,
          validFrom: target.validFrom,
          validTo: target.validTo ?? undefined,
          basis: basisOf(values) ?? target.basis ?? undefined,
          scopeOrganizationIds: target.scope.map((org) => org.id),
          channelId: target.channel?.id,
        },
      });
      void message.success(
        t('duty.handover.corrected', {
          name: result.person.name,
          role: t(`duty.role.${result.role}`),
          date: formatDate(result.validFrom),
        }),
      );
      onDone({ ended: [], started: result });
    } catch (error) {
      showProblem(error, message, form, fieldsNamed('personId', 'reason', 'basis'));
    }
  }

  async function submit(values: Values) {
    if (replaced) {
      await submitCorrection(values, replaced);
      return;
    }
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
      const sameDay = isApiProblem(error)
        ? error.errors.find((e) => e.code === 'handover-same-day')
        : undefined;
      if (sameDay) {
        // the list was stale: reloaded, it holds the entry the server named, and the dialog offers 更正
        setRefusal(
          t('duty.handover.sameDayRefused', {
            name: String(sameDay.args?.holder ?? ''),
            date: formatDate(String(sameDay.args?.from ?? '')),
          }),
        );
        void invalidateDuties(queryClient);
        return;
      }
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
      okText={replaced ? t('duty.handover.correctSubmit') : t('duty.handover.submit')}
      pending={handOver.isPending || correct.isPending}
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
        validateStatus={outOfLine ? 'warning' : undefined}
        help={
          outOfLine ? (
            <span data-testid="handover-candidate-out-of-line">{t('duty.handover.outOfLine')}</span>
          ) : undefined
        }
      >
        <PersonSelect style={{ width: '100%' }} />
      </Form.Item>
      <BasisFields />
      {replaced && (
        <Form.Item
          name="reason"
          label={t('duty.handover.correctionReason')}
          rules={required('duty.handover.correctionReason')}
          initialValue={t('duty.handover.correctionReasonDefault', {
            name: replaced.person.name,
            date: formatDate(replaced.validFrom),
          })}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      <Flex vertical gap={8}>
        {refusal && !replaced && (
          <Alert type="error" showIcon data-testid="handover-refused" title={refusal} />
        )}
        <Alert
          type={replaced ? 'warning' : 'info'}
          showIcon
          data-testid="handover-outgoing"
          data-mode={replaced ? 'correct' : 'handover'}
          title={
            replaced
              ? t('duty.handover.sameDay', {
                  name: replaced.person.name,
                  date: formatDate(replaced.validFrom),
                })
              : outgoing.length > 0
                ? t('duty.handover.ends', {
                    names: outgoing.map((a) => a.person.name).join(punctuation(t).listSeparator),
                    date: formatDate(toApiDate(effective.subtract(1, 'day'))),
                  })
                : t('duty.handover.nobodyEnds')
          }
        />
        {outOfLine && (
          <Alert
            type="warning"
            showIcon
            data-testid="handover-out-of-line"
            title={t('duty.handover.outOfLine')}
          />
        )}
      </Flex>
    </FormModal>
  );
}
