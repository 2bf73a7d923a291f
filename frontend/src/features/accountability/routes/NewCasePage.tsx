import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { OrganizationSelect } from '@/features/organization';
import { useAccess, useMe } from '@/features/me';
import { fromApiDate, parseApiDate } from '@/lib/dates';
import { useFileCase } from '../api/cases';
import { useOwnGrants } from '../api/filers';
import { DECISION_KINDS, LINK_KINDS, SITUATIONS } from '../api/types';
import { distinctLinks, parseLink, suggestedDecisionKind, suggestedSituation } from '../components/links';
import { fileCasePayload, type FileCaseValues } from '../components/payloads';
import { showAccountabilityProblem } from '../components/problems';
import '../locale';

const FIELDS = [
  'filingOrganizationId',
  'subjectOrganizationId',
  'title',
  'incidentDate',
  'situation',
  'situationText',
  'description',
  'decisionKind',
  'links',
];

/**
 * 发起问责: the incident and its records. No person is typed here: the proposal is derived by the server from
 * the ledger of the incident date. `?link=PUBLICATION:12&subject=10&date=2026-12-01` pre-fills it.
 */
export default function NewCasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const access = useAccess();
  const me = useMe().data;
  const { grants, isPending, canFile } = useOwnGrants(me?.person?.id, access.isAdmin);
  const [form] = Form.useForm<FileCaseValues>();
  const file = useFileCase();
  const situation = Form.useWatch('situation', form);
  const filing = Form.useWatch('filingOrganizationId', form);

  const initialValues = useMemo(() => {
    const links = distinctLinks(
      search.getAll('link').flatMap((value) => {
        const link = parseLink(value);
        return link ? [link] : [];
      }),
    );
    return {
      filingOrganizationId: grants[0]?.organizationId,
      subjectOrganizationId: Number(search.get('subject')) || undefined,
      incidentDate: fromApiDate(parseApiDate(search.get('date'))) ?? undefined,
      situation: suggestedSituation(links),
      decisionKind: suggestedDecisionKind(links),
      links,
    } as Partial<FileCaseValues>;
  }, [search, grants]);

  if (isPending) return <PageSpin />;
  if (!canFile)
    return <Alert type="info" showIcon title={t('accountability.form.noGrant')} data-testid="no-grant" />;

  async function submit(values: FileCaseValues) {
    try {
      const created = await file.mutateAsync(fileCasePayload(values));
      navigate(`/accountability-cases/${created.id}`);
    } catch (error) {
      showAccountabilityProblem(error, message, form, (path) => FIELDS.includes(String(path[0])));
    }
  }

  return (
    <Card title={t('accountability.form.title')}>
      <Form<FileCaseValues>
        form={form}
        layout="vertical"
        name="fileCase"
        data-testid="case-form"
        initialValues={initialValues}
        onFinish={submit}
        style={{ maxWidth: 760 }}
      >
        <Form.Item
          name="filingOrganizationId"
          label={t('accountability.field.filingOrganization')}
          rules={[{ required: true, message: t('accountability.required.filingOrganization') }]}
        >
          {access.isAdmin ? (
            <OrganizationSelect />
          ) : (
            <Select
              options={grants.map((grant) => ({
                value: grant.organizationId,
                label: grant.organizationName,
              }))}
            />
          )}
        </Form.Item>
        <Form.Item
          name="subjectOrganizationId"
          label={t('accountability.field.subjectOrganization')}
          rules={[{ required: true, message: t('accountability.required.subjectOrganization') }]}
        >
          <OrganizationSelect under={filing} />
        </Form.Item>
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
            rules={[
              { required: true, whitespace: true, message: t('accountability.required.situationText') },
            ]}
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
        <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="case-form-submit">
          {t('accountability.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
