import { Alert, App, Button, Card, Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { OrganizationSelect } from '@/features/organization';
import { useAccess, useMe } from '@/features/me';
import { fromApiDate, parseApiDate } from '@/lib/dates';
import { useFileCase } from '../api/cases';
import { useOwnGrants } from '../api/filers';
import { FactsFields } from '../components/FactsFields';
import { distinctLinks, parseLink, suggestedDecisionKind, suggestedSituation } from '../components/links';
import { FACT_FIELDS, fileCasePayload, type FileCaseValues } from '../components/payloads';
import { showAccountabilityProblem } from '../components/problems';
import '../locale';

const FIELDS = ['filingOrganizationId', 'subjectOrganizationId', ...FACT_FIELDS];

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
        <FactsFields />
        <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="case-form-submit">
          {t('accountability.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
