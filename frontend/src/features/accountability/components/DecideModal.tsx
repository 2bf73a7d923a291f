import { App, Form, Input, Radio, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { fieldsNamed } from '@/lib/form-errors';
import { useDecide } from '../api/cases';
import { DECISION_KINDS, OUTCOMES, RESPONSIBILITIES, type AccountabilityCase, type Line } from '../api/types';
import { decideDefaults, decidePayload, linesWithoutOutcome, type DecideValues } from './payloads';
import { roleText } from './print';
import { showAccountabilityProblem } from './problems';
import { punctuation } from '@/lib/punctuation';

/** 作出决定: per line the responsibility and the outcome, the decision's kind and its basis document. */
export function DecideModal({ c, onClose }: { c: AccountabilityCase; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const decide = useDecide();

  async function submit(values: DecideValues) {
    const missing = linesWithoutOutcome(c, values);
    if (missing.length > 0) {
      void message.error(
        t('accountability.decide.missingOutcome', {
          names: missing.map((line) => line.personName).join(punctuation(t).listSeparator),
        }),
      );
      return;
    }
    try {
      await decide.mutateAsync({ caseId: c.id, body: decidePayload(c, values) });
      void message.success(t('accountability.action.done'));
      onClose();
    } catch (error) {
      showAccountabilityProblem(error, message, form, fieldsNamed('decisionKind', 'decisionBasis'));
    }
  }

  return (
    <FormModal<DecideValues>
      form={form}
      title={t('accountability.decide.title')}
      okText={t('accountability.action.decide')}
      pending={decide.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="decide"
      testId="decide-form"
      width={960}
      initialValues={decideDefaults(c)}
    >
      <Form.Item name="decisionKind" label={t('accountability.field.decisionKind')}>
        <Radio.Group
          options={DECISION_KINDS.map((value) => ({
            value,
            label: t(`accountability.decisionKind.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="decisionBasis"
        label={t('accountability.field.decisionBasis')}
        extra={t('accountability.decide.basisHint')}
        rules={[{ required: true, whitespace: true, message: t('accountability.required.decisionBasis') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Table<Line>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.lines}
        onRow={(line) => ({ 'data-testid': 'decide-line', 'data-person': line.personName }) as never}
        columns={[
          { title: t('accountability.line.person'), dataIndex: 'personName', key: 'person' },
          { title: t('accountability.line.role'), key: 'role', render: (_, line) => roleText(line, t) },
          {
            title: t('accountability.line.responsibility'),
            key: 'responsibility',
            render: (_, line) => (
              <Form.Item name={['lines', String(line.id), 'responsibility']} noStyle>
                <Select
                  aria-label={`${line.personName} ${t('accountability.line.responsibility')}`}
                  style={{ width: 150 }}
                  options={RESPONSIBILITIES.map((value) => ({
                    value,
                    label: t(`accountability.responsibility.${value}`),
                  }))}
                />
              </Form.Item>
            ),
          },
          {
            title: t('accountability.line.outcome'),
            key: 'outcome',
            render: (_, line) => (
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => (
                  <Form.Item name={['lines', String(line.id), 'outcome']} noStyle>
                    <Select
                      aria-label={`${line.personName} ${t('accountability.line.outcome')}`}
                      allowClear
                      style={{ width: 170 }}
                      disabled={getFieldValue(['lines', String(line.id), 'responsibility']) === 'NONE'}
                      options={OUTCOMES.map((value) => ({
                        value,
                        label: t(`accountability.outcome.${value}`),
                      }))}
                    />
                  </Form.Item>
                )}
              </Form.Item>
            ),
          },
        ]}
      />
    </FormModal>
  );
}
