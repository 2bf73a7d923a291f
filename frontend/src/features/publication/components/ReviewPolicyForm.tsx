import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUTY_ROLES, type ReviewStep } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';

export interface PolicyValues {
  steps: ReviewStep[];
  allowSamePersonMultipleSteps: boolean;
}

interface Props {
  initial: PolicyValues;
  saving: boolean;
  onSave: (values: PolicyValues) => Promise<unknown>;
  onCancel: () => void;
}

/** The two rules of who changes a policy and what it keeps, by problem type (the server's detail is English). */
export function policyRefusal(error: unknown): string | null {
  if (!isApiProblem(error)) return null;
  if (error.type.endsWith('/review-policy-editor')) return 'publication.policy.notEditor';
  if (error.type.endsWith('/principal-leader-step')) return 'publication.policy.principalLeaderStep';
  return null;
}

/** Ordered steps, each with a duty role and a checklist, and the same-person flag. */
export function ReviewPolicyForm({ initial, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyValues>();

  async function submit(values: PolicyValues) {
    try {
      await onSave({
        allowSamePersonMultipleSteps: values.allowSamePersonMultipleSteps,
        steps: values.steps.map((step) => ({
          name: step.name.trim(),
          role: step.role,
          checklist: step.checklist.map((item) => item.trim()).filter(Boolean),
        })),
      });
    } catch (error) {
      const refusal = policyRefusal(error);
      if (refusal) {
        void message.error(t(refusal));
        return;
      }
      showProblem(error, message, form, fieldsNamed('steps', 'allowSamePersonMultipleSteps'));
    }
  }

  return (
    <Form<PolicyValues>
      form={form}
      layout="vertical"
      name="review-policy"
      data-testid="policy-form"
      initialValues={initial}
      onFinish={submit}
    >
      <Form.List
        name="steps"
        rules={[
          {
            validator: (_, steps?: ReviewStep[]) =>
              steps && steps.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('publication.policy.oneStep'))),
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('publication.policy.step', { number: index + 1 })}
                extra={
                  <Space>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined aria-hidden />}
                      aria-label={t('common.moveUp')}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    />
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined aria-hidden />}
                      aria-label={t('common.moveDown')}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('common.remove')}
                      onClick={() => remove(index)}
                    />
                  </Space>
                }
              >
                <Space wrap align="start">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('publication.policy.stepName')}
                    rules={[
                      { required: true, whitespace: true, message: t('publication.policy.stepNameRequired') },
                    ]}
                  >
                    <Input style={{ width: 220 }} maxLength={100} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={t('publication.policy.role')}
                    rules={[{ required: true, message: t('publication.policy.roleRequired') }]}
                  >
                    <Select
                      style={{ width: 200 }}
                      options={DUTY_ROLES.map((role) => ({ value: role, label: t(`duty.role.${role}`) }))}
                    />
                  </Form.Item>
                </Space>
                <Form.Item
                  name={[field.name, 'checklist']}
                  label={t('publication.policy.checklist')}
                  extra={t('publication.policy.checklistHint')}
                  rules={[
                    {
                      required: true,
                      type: 'array',
                      min: 1,
                      message: t('publication.policy.checklistRequired'),
                    },
                  ]}
                >
                  <Select mode="tags" tokenSeparators={['\n']} open={false} suffixIcon={null} />
                </Form.Item>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: '', role: undefined, checklist: [] })}
            >
              {t('publication.policy.addStep')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
      <Form.Item
        name="allowSamePersonMultipleSteps"
        label={t('publication.policy.allowSamePerson')}
        valuePropName="checked"
        style={{ marginTop: 16 }}
      >
        <Switch />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
