import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { useCorrectFulfilment, useRecordFulfilment } from '../api/fulfilments';
import { useObligationCalendar } from '../api/get-obligation-calendar';
import type { Fulfilment, Obligation, ObligationKind, PersonRef } from '../api/types';
import { EvidenceModal } from './EvidenceModal';
import {
  fromFulfilment,
  toCorrectionPayload,
  toFulfilmentPayload,
  type FulfilmentFormValues,
} from './fulfilment-payload';
import { KINDS } from './kinds';
import { ParticipantSelect } from './ParticipantSelect';
import { periodLabel } from './periods';
import { acceptsFulfilment } from './status';

interface Props {
  organization: { id: number; name: string };
  /** The instances it was opened for: counted toward, and the kind and title come from the first. */
  obligations?: Obligation[];
  /** Correct this record instead of recording a new one (a reason is required). */
  correcting?: Fulfilment;
  onClose: () => void;
}

const FIELDS = fieldsNamed(
  'happenedOn',
  'title',
  'kind',
  'participantIds',
  'guests',
  'summary',
  'decisions',
  'obligationIds',
  'reason',
);

/** Records what was done (a meeting, a study session…), then takes its evidence. */
export function FulfilmentFormModal({ organization, obligations = [], correcting, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FulfilmentFormValues>();
  const record = useRecordFulfilment();
  const correct = useCorrectFulfilment();
  const [saved, setSaved] = useState<Fulfilment | null>(null);
  const [people, setPeople] = useState<PersonRef[]>(correcting?.participants ?? []);
  const participantIds = Form.useWatch('participantIds', form) ?? [];
  const year = dayjs().year();
  const calendar = useObligationCalendar(organization.id, year);

  const first = obligations[0];
  const initialValues: FulfilmentFormValues = correcting
    ? fromFulfilment(correcting)
    : {
        happenedOn: dayjs(),
        kind: first?.kind ?? 'MEETING',
        title: first
          ? t('obligation.fulfilment.defaultTitle', {
              period: periodLabel(first.period, t),
              kind: t(`obligation.kind.${first.kind}`),
            })
          : undefined,
        participantIds: [],
        decisions: [],
        obligationIds: obligations.map((obligation) => obligation.id),
      };

  const instanceOptions = useMemo(() => {
    const byId = new Map<number, Obligation>();
    for (const obligation of [...obligations, ...(calendar.data ?? [])]) {
      if (obligation.organization.id !== organization.id) continue;
      if (!acceptsFulfilment(obligation.status) && !correcting?.obligationIds.includes(obligation.id))
        continue;
      byId.set(obligation.id, obligation);
    }
    return [...byId.values()].map((obligation) => ({
      value: obligation.id,
      label: `${obligation.title} · ${periodLabel(obligation.period, t)} · ${t(`obligation.status.${obligation.status}`)}`,
    }));
  }, [obligations, calendar.data, organization.id, correcting, t]);

  const participantOptions = people
    .filter((person) => participantIds.includes(person.id))
    .map((person) => ({ value: person.id, label: person.name }));

  async function submit(values: FulfilmentFormValues) {
    try {
      if (correcting) {
        await correct.mutateAsync({
          id: correcting.id,
          body: toCorrectionPayload(values, correcting.version),
        });
        void message.success(t('obligation.correct.done'));
        onClose();
      } else {
        setSaved(await record.mutateAsync(toFulfilmentPayload(values, organization.id)));
      }
    } catch (error) {
      showProblem(error, message, form, FIELDS);
    }
  }

  if (saved) return <EvidenceModal fulfilment={saved} justRecorded onClose={onClose} />;

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('obligation.form.required', { field: t(field) }),
  });

  return (
    <FormModal<FulfilmentFormValues>
      form={form}
      width={760}
      name="fulfilment"
      testId="fulfilment-form"
      title={
        correcting
          ? t('obligation.correct.title', { title: correcting.title })
          : t('obligation.fulfilment.title', { organization: organization.name })
      }
      okText={correcting ? t('obligation.correct.ok') : t('obligation.fulfilment.ok')}
      pending={record.isPending || correct.isPending}
      onCancel={onClose}
      onFinish={submit}
      initialValues={initialValues}
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="happenedOn"
          label={t('obligation.fulfilment.happenedOn')}
          rules={[
            {
              required: true,
              message: t('obligation.form.required', { field: t('obligation.fulfilment.happenedOn') }),
            },
          ]}
          style={{ minWidth: 180 }}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('obligation.field.kind')}
          rules={[
            { required: true, message: t('obligation.form.required', { field: t('obligation.field.kind') }) },
          ]}
          style={{ minWidth: 180 }}
        >
          <Select<ObligationKind>
            options={KINDS.map((kind) => ({ value: kind, label: t(`obligation.kind.${kind}`) }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="title"
        label={t('obligation.fulfilment.recordTitle')}
        rules={[required('obligation.fulfilment.recordTitle')]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="obligationIds" label={t('obligation.fulfilment.countsToward')}>
        <Select<number[]>
          mode="multiple"
          data-testid="counts-toward"
          loading={calendar.isFetching}
          options={instanceOptions}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item name="participantIds" label={t('obligation.fulfilment.participants')}>
        <ParticipantSelect
          organizationId={organization.id}
          known={correcting?.participants}
          onPicked={setPeople}
        />
      </Form.Item>
      <Form.Item name="guests" label={t('obligation.fulfilment.guests')}>
        <Input maxLength={500} placeholder={t('obligation.fulfilment.guestsHint')} />
      </Form.Item>
      <Form.Item name="summary" label={t('obligation.fulfilment.summary')}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Form.List name="decisions">
        {(decisions, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
            {decisions.map((decision, index) => (
              <Card
                key={decision.key}
                size="small"
                data-testid="decision"
                title={t('obligation.fulfilment.decision', { index: index + 1 })}
                extra={
                  <Button type="link" size="small" danger onClick={() => remove(decision.name)}>
                    {t('obligation.fulfilment.removeDecision')}
                  </Button>
                }
              >
                <Form.Item
                  name={[decision.name, 'text']}
                  label={t('obligation.fulfilment.decisionText')}
                  rules={[required('obligation.fulfilment.decisionText')]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <Form.List name={[decision.name, 'positions']}>
                  {(positions, { add: addPosition, remove: removePosition }) => (
                    <>
                      {positions.map((position) => (
                        <Flex key={position.key} gap={8} align="baseline" wrap>
                          <Form.Item name={[position.name, 'personId']} style={{ minWidth: 160 }}>
                            <Select<number>
                              aria-label={t('obligation.fulfilment.person')}
                              placeholder={t('obligation.fulfilment.person')}
                              options={participantOptions}
                            />
                          </Form.Item>
                          <Form.Item name={[position.name, 'position']} initialValue="AGREE">
                            <Radio.Group
                              options={[
                                { value: 'AGREE', label: t('obligation.position.AGREE') },
                                { value: 'OBJECT', label: t('obligation.position.OBJECT') },
                              ]}
                            />
                          </Form.Item>
                          <Form.Item name={[position.name, 'text']} style={{ flex: 1, minWidth: 160 }}>
                            <Input placeholder={t('obligation.fulfilment.positionText')} maxLength={1000} />
                          </Form.Item>
                          <MinusCircleOutlined
                            aria-label={t('obligation.fulfilment.removePosition')}
                            onClick={() => removePosition(position.name)}
                          />
                        </Flex>
                      ))}
                      <Button
                        type="dashed"
                        size="small"
                        icon={<PlusOutlined aria-hidden />}
                        disabled={participantOptions.length === 0}
                        onClick={() => addPosition({ position: 'AGREE' })}
                      >
                        {t('obligation.fulfilment.addPosition')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ positions: [] })}>
              {t('obligation.fulfilment.addDecision')}
            </Button>
          </Space>
        )}
      </Form.List>
      {correcting && (
        <Form.Item
          name="reason"
          label={t('obligation.correct.reason')}
          rules={[required('obligation.correct.reason')]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
