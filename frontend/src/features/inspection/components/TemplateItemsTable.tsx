import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useObligationRules } from '../api/lookups';
import { SCORING_METHODS, type TemplateItem } from '../api/types';

/** The items of a template, shown read-only (a frozen template, a scorer's reference). */
export function TemplateItemsView({ items }: { items: TemplateItem[] }) {
  const { t } = useTranslation();
  const rules = useObligationRules();
  const ruleName = (id?: number | null) =>
    rules.data?.find((rule) => rule.id === id)?.title ?? (id ? `#${id}` : '—');
  return (
    <Table<TemplateItem>
      data-testid="template-items"
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={items}
      columns={[
        { title: t('inspection.item.code'), dataIndex: 'code', width: 80 },
        { title: t('inspection.item.text'), dataIndex: 'text' },
        { title: t('inspection.item.maxPoints'), dataIndex: 'maxPoints', width: 90 },
        {
          title: t('inspection.item.method'),
          dataIndex: 'method',
          render: (method: TemplateItem['method']) => t(`inspection.method.${method}`),
        },
        {
          title: t('inspection.item.veto'),
          dataIndex: 'veto',
          render: (veto: boolean) => (veto ? <Tag color="red">{t('inspection.item.vetoTag')}</Tag> : '—'),
        },
        { title: t('inspection.item.rule'), dataIndex: 'obligationRuleId', render: ruleName },
      ]}
    />
  );
}

/** The items as an editable table inside the editor's form (Form.List `items`). */
export function TemplateItemsEditor() {
  const { t } = useTranslation();
  const rules = useObligationRules();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          <Table
            data-testid="template-items-editor"
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText: t('inspection.template.noItems') }}
            columns={[
              {
                title: t('inspection.item.code'),
                width: 100,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'code']}
                    rules={[{ required: true, whitespace: true, message: t('inspection.item.codeRequired') }]}
                    style={{ margin: 0 }}
                  >
                    <Input aria-label={t('inspection.item.code')} maxLength={20} />
                  </Form.Item>
                ),
              },
              {
                title: t('inspection.item.text'),
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: t('inspection.item.textRequired') }]}
                    style={{ margin: 0 }}
                  >
                    <Input.TextArea
                      aria-label={t('inspection.item.text')}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      style={{ minWidth: 240 }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('inspection.item.maxPoints'),
                width: 110,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'maxPoints']}
                    rules={[
                      {
                        required: true,
                        type: 'number',
                        min: 0.01,
                        message: t('inspection.item.maxPointsRequired'),
                      },
                    ]}
                    style={{ margin: 0 }}
                  >
                    <InputNumber
                      aria-label={t('inspection.item.maxPoints')}
                      min={0}
                      step={1}
                      style={{ width: 90 }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('inspection.item.method'),
                width: 150,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'method']} rules={[{ required: true }]} style={{ margin: 0 }}>
                    <Select
                      aria-label={t('inspection.item.method')}
                      style={{ width: 140 }}
                      options={SCORING_METHODS.map((value) => ({
                        value,
                        label: t(`inspection.method.${value}`),
                      }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('inspection.item.veto'),
                width: 90,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'veto']} valuePropName="checked" style={{ margin: 0 }}>
                    <Checkbox aria-label={t('inspection.item.veto')}>{t('inspection.item.vetoTag')}</Checkbox>
                  </Form.Item>
                ),
              },
              {
                title: t('inspection.item.rule'),
                width: 220,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'obligationRuleId']} style={{ margin: 0 }}>
                    <Select
                      aria-label={t('inspection.item.rule')}
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('inspection.item.ruleNone')}
                      style={{ width: 200 }}
                      loading={rules.isPending}
                      options={(rules.data ?? []).map((rule) => ({ value: rule.id, label: rule.title }))}
                    />
                  </Form.Item>
                ),
              },
              {
                width: 48,
                render: (_, field) => (
                  <Button
                    type="text"
                    danger
                    aria-label={t('common.remove')}
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            style={{ marginTop: 8 }}
            onClick={() =>
              add({ code: `A${fields.length + 1}`, text: '', method: 'DOCUMENT_CHECK', veto: false })
            }
          >
            {t('inspection.template.addItem')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
