import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useAccess, useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { formatDateTime } from '@/lib/format';
import { fieldsNamed } from '@/lib/form-errors';
import { useCreateTemplate, useReviseTemplate, useTemplate, useUpdateTemplate } from '../api/templates';
import { GRADES, type ScoringTemplate } from '../api/types';
import { canWriteInspections } from '../components/access';
import { bandProblems, maxTotal } from '../components/grade';
import { duplicateCodes, templateBody, templateValuesOf, type TemplateValues } from '../components/payloads';
import { showInspectionProblem } from '../components/problems';
import { GradeTag } from '../components/tags';
import { TemplateItemsEditor, TemplateItemsView } from '../components/TemplateItemsTable';
import '../locale';
import { punctuation } from '@/lib/punctuation';

type EditorValues = TemplateValues & { organizationId?: number };

/** The grade bands: 优秀/良好/一般 from their minimum, 较差 below (always 0). */
function BandFields({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={16} data-testid="grade-bands">
      {GRADES.map((grade) => (
        <Form.Item
          key={grade}
          name={['bands', grade]}
          label={<GradeTag grade={grade} testId={`band-${grade}`} />}
          rules={[{ required: true, type: 'number', min: 0 }]}
          style={{ marginBottom: 0 }}
        >
          <InputNumber
            aria-label={t('inspection.template.bandMin', { grade: t(`inspection.grade.${grade}`) })}
            min={0}
            disabled={readOnly || grade === 'POOR'}
            addonAfter={t('inspection.template.pointsAndAbove')}
            style={{ width: 150 }}
          />
        </Form.Item>
      ))}
    </Space>
  );
}

function Editor({ template }: { template?: ScoringTemplate }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const access = useAccess();
  const [form] = Form.useForm<EditorValues>();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const revise = useReviseTemplate();
  const writes = canWriteInspections(access);
  const frozen = !!template?.frozen;
  const editable = writes && !frozen;
  const items = Form.useWatch('items', form) ?? template?.items ?? [];
  const bands = Form.useWatch('bands', form);
  const max = maxTotal(items.map((item) => ({ maxPoints: Number(item?.maxPoints) || 0 })));
  const firstStaff = me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId;
  const known = fieldsNamed('organizationId', 'name', 'items', 'grades');

  async function onFinish(values: EditorValues) {
    const twice = duplicateCodes(values.items ?? []);
    if (twice.length > 0) {
      void message.error(
        t('inspection.template.duplicateCodes', { codes: twice.join(punctuation(t).listSeparator) }),
      );
      return;
    }
    const body = templateBody(values);
    const problems = bandProblems(body.grades, maxTotal(body.items));
    if (problems.length > 0) {
      void message.error(
        problems.map((key) => t(`inspection.template.bands.${key}`)).join(punctuation(t).semicolon),
      );
      return;
    }
    if (body.items.length === 0) {
      void message.error(t('inspection.template.noItems'));
      return;
    }
    try {
      if (template) {
        await update.mutateAsync({ id: template.id, body: { version: template.version, ...body } });
        void message.success(t('inspection.template.saved'));
      } else {
        const created = await create.mutateAsync({ organizationId: values.organizationId!, ...body });
        void message.success(t('inspection.template.saved'));
        navigate(`/scoring-templates/${created.id}`, { replace: true });
      }
    } catch (error) {
      showInspectionProblem(error, message, form, known);
    }
  }

  async function onRevise() {
    try {
      const next = await revise.mutateAsync(template!.id);
      void message.success(t('inspection.template.revised', { n: next.revision }));
      navigate(`/scoring-templates/${next.id}`);
    } catch (error) {
      showInspectionProblem(error, message);
    }
  }

  return (
    <Card
      data-testid="template-editor"
      data-frozen={frozen}
      title={
        <Space wrap>
          <span>{template ? template.name : t('inspection.template.create')}</span>
          {template && <Tag>{t('inspection.template.revisionN', { n: template.revision })}</Tag>}
          {frozen && <Tag color="blue">{t('inspection.template.frozen')}</Tag>}
        </Space>
      }
      extra={
        <Space>
          {editable && (
            <Button
              type="primary"
              loading={create.isPending || update.isPending}
              onClick={() => form.submit()}
            >
              {t('common.save')}
            </Button>
          )}
          {frozen && writes && (
            <Button type="primary" loading={revise.isPending} onClick={onRevise}>
              {t('inspection.template.revise')}
            </Button>
          )}
        </Space>
      }
    >
      {frozen && (
        <Alert
          type="info"
          showIcon
          title={t('inspection.template.frozenHint')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<EditorValues>
        form={form}
        layout="vertical"
        name="scoring-template"
        data-testid="template-form"
        disabled={!editable}
        initialValues={{
          ...templateValuesOf(template),
          organizationId: template?.organizationId ?? firstStaff,
        }}
        onFinish={onFinish}
      >
        {template ? (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('inspection.field.organization')}>
              {template.organizationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.field.createdAt')}>
              {formatDateTime(template.createdAt)}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Form.Item
            name="organizationId"
            label={t('inspection.field.organization')}
            rules={[{ required: true, message: t('inspection.field.organizationRequired') }]}
          >
            <OrganizationSelect aria-label={t('inspection.field.organization')} style={{ maxWidth: 360 }} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('inspection.template.name')}
          rules={[{ required: true, whitespace: true, message: t('inspection.template.nameRequired') }]}
        >
          <Input maxLength={200} style={{ maxWidth: 520 }} />
        </Form.Item>
        <Form.Item label={t('inspection.template.items')} required>
          {editable ? <TemplateItemsEditor /> : <TemplateItemsView items={template?.items ?? []} />}
        </Form.Item>
        <Flex vertical gap={8}>
          <span data-testid="template-max">{t('inspection.template.maxTotal', { max })}</span>
          <BandFields readOnly={!editable} />
          {bands && editable && <span style={{ color: '#999' }}>{t('inspection.template.bandsHint')}</span>}
        </Flex>
      </Form>
    </Card>
  );
}

/** 评分细则 editor: a new template, or an existing one (read-only once an inspection uses it, then 修订). */
export default function TemplateEditorPage() {
  const raw = useParams().id;
  const id = raw ? Number(raw) || undefined : undefined;
  const template = useTemplate(id);
  if (raw === undefined) return <Editor />;
  if (template.isError) return <QueryError error={template.error} onRetry={() => void template.refetch()} />;
  if (template.isPending) return <PageSpin />;
  return <Editor key={`${template.data.id}-${template.data.version}`} template={template.data} />;
}
