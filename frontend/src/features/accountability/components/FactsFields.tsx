import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, LINK_KINDS, SITUATIONS } from '../api/types';

/** The incident: date, situation, title, description, how it is decided, and the linked records. */
export function FactsFields() {
  const { t } = useTranslation();
  const situation = Form.useWatch('situation', Form.useFormInstance());
  return (
    <>
      <Form.Item
        name="incidentDate"
        label={t('accountability.field.incidentDate')}
        rules={[{ required: true, message: t('accountability.required.incidentDate') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="situation"
        label={t('accountability.field.situation')}
        rules={[{ required: true, message: t('accountability.required.situation') }]}
      >
        <Select
          options={SITUATIONS.map((value) => ({ value, label: t(`accountability.situation.${value}`) }))}
        />
      </Form.Item>
      {situation === 'OTHER' && (
        <Form.Item
          name="situationText"
          label={t('accountability.field.situationText')}
          rules={[{ required: true, whitespace: true, message: t('accountability.required.situationText') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('accountability.field.title')}
        rules={[{ required: true, whitespace: true, message: t('accountability.required.title') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('accountability.field.description')}
        rules={[{ required: true, whitespace: true, message: t('accountability.required.description') }]}
      >
        <Input.TextArea rows={5} maxLength={5000} />
      </Form.Item>
      <Form.Item name="decisionKind" label={t('accountability.field.decisionKind')}>
        <Radio.Group
          options={DECISION_KINDS.map((value) => ({
            value,
            label: t(`accountability.decisionKind.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('accountability.field.links')} extra={t('accountability.form.linksHint')}>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" data-testid="case-form-link">
                  <Form.Item name={[field.name, 'kind']} noStyle rules={[{ required: true }]}>
                    <Select
                      style={{ width: 160 }}
                      aria-label={t('accountability.field.links')}
                      options={LINK_KINDS.map((value) => ({
                        value,
                        label: t(`accountability.linkKind.${value}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'id']} noStyle rules={[{ required: true }]}>
                    <InputNumber min={1} precision={0} placeholder={t('accountability.form.linkId')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'PUBLICATION' })}>
                {t('accountability.form.addLink')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
