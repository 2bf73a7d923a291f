import { ThunderboltOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { fieldsNamed } from '@/lib/form-errors';
import { useCreateInspection, useDraw } from '../api/inspections';
import { useSubtree } from '../api/lookups';
import { useTemplates } from '../api/templates';
import { INSPECTION_KINDS, type DrawResult } from '../api/types';
import { periodOptions } from '../components/labels';
import { planBody, type PlanValues } from '../components/payloads';
import { showInspectionProblem } from '../components/problems';
import { TeamSelect } from '../components/TeamSelect';
import '../locale';
import { withNote } from '@/lib/punctuation';

/** The drawn targets, by name, with the seed that anyone may use to draw them again. */
function DrawPreview({ result, names }: { result: DrawResult; names: Map<number, string> }) {
  const { t } = useTranslation();
  const { ids, seed } = result;
  return (
    <Alert
      type="success"
      data-testid="draw-preview"
      title={
        <Space wrap>
          <span>{t('inspection.plan.drawn', { count: ids.length })}</span>
          {ids.map((id) => (
            <Tag key={id} data-testid="drawn-target">
              {names.get(id) ?? `#${id}`}
            </Tag>
          ))}
          <span>{t('inspection.plan.seedUsed', { seed })}</span>
        </Space>
      }
    />
  );
}

/** 新建督查考核: kind, period, template, dates, team and targets from the subtree; 随机抽查 draws them. */
export default function PlanPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<PlanValues>();
  const firstStaff = me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId;
  // the watches are empty until the form has connected: fall back to the initial values
  const organizationId = Form.useWatch('organizationId', form) ?? firstStaff;
  const kind = Form.useWatch('kind', form) ?? 'ANNUAL_ASSESSMENT';
  const subtree = useSubtree(organizationId);
  const templates = useTemplates({ size: 100 });
  const create = useCreateInspection();
  const draw = useDraw();
  const [preview, setPreview] = useState<DrawResult>();
  const names = new Map((subtree.data ?? []).map((org) => [org.id, org.name]));
  // targets are below the inspecting organization; a 自查 (SELF) inspects itself
  const targetOptions = (subtree.data ?? [])
    .filter((org) => (kind === 'SELF' ? org.id === organizationId : org.id !== organizationId))
    .map((org) => ({ value: org.id, label: org.name }));
  const known = fieldsNamed(
    'organizationId',
    'kind',
    'title',
    'period',
    'templateId',
    'teamPersonIds',
    'targetIds',
    'draw',
  );

  async function onDraw() {
    try {
      const values = await form.validateFields(['candidateIds', 'count']);
      const seed = form.getFieldValue('seed')?.trim() || undefined;
      const result = await draw.mutateAsync({
        candidateIds: values.candidateIds ?? [],
        count: Number(values.count),
        seed,
      });
      setPreview(result);
      if (!seed) form.setFieldValue('seed', result.seed);
    } catch (error) {
      if (error && typeof error === 'object' && 'errorFields' in error) return;
      showInspectionProblem(error, message);
    }
  }

  async function onFinish(values: PlanValues) {
    try {
      const created = await create.mutateAsync(planBody(values));
      void message.success(t('inspection.plan.created'));
      navigate(`/inspections/${created.id}`);
    } catch (error) {
      showInspectionProblem(error, message, form, known);
    }
  }

  return (
    <Card title={t('inspection.plan.title')} data-testid="plan-form-card">
      <Form<PlanValues>
        form={form}
        layout="vertical"
        name="inspection-plan"
        data-testid="plan-form"
        style={{ maxWidth: 760 }}
        initialValues={{
          organizationId: firstStaff,
          kind: 'ANNUAL_ASSESSMENT',
          period: todayApiDate().slice(0, 4),
          count: 1,
        }}
        onValuesChange={(changed) => {
          if ('organizationId' in changed || 'kind' in changed)
            form.setFieldsValue({ targetIds: [], candidateIds: [] });
          if ('candidateIds' in changed || 'count' in changed || 'seed' in changed) setPreview(undefined);
        }}
        onFinish={onFinish}
      >
        <Form.Item
          name="organizationId"
          label={t('inspection.field.organization')}
          rules={[{ required: true, message: t('inspection.field.organizationRequired') }]}
        >
          <OrganizationSelect aria-label={t('inspection.field.organization')} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('inspection.field.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspection.kind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('inspection.field.title')}
          rules={[{ required: true, whitespace: true, message: t('inspection.field.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="period" label={t('inspection.field.period')} rules={[{ required: true }]}>
            <Select
              aria-label={t('inspection.field.period')}
              style={{ width: 180 }}
              options={periodOptions(todayApiDate(), t)}
            />
          </Form.Item>
          <Form.Item
            name="templateId"
            label={t('inspection.field.template')}
            rules={[{ required: true, message: t('inspection.field.templateRequired') }]}
          >
            <Select
              aria-label={t('inspection.field.template')}
              style={{ width: 320 }}
              showSearch
              optionFilterProp="label"
              loading={templates.isPending}
              options={(templates.data?.items ?? []).map((template) => ({
                value: template.id,
                label: withNote(
                  t,
                  template.name,
                  t('inspection.template.revisionN', { n: template.revision }),
                ),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="dates"
            label={t('inspection.field.dates')}
            rules={[{ required: true, message: t('inspection.field.datesRequired') }]}
          >
            <DatePicker.RangePicker aria-label={t('inspection.field.dates')} />
          </Form.Item>
        </Space>
        <Form.Item name="teamPersonIds" label={t('inspection.field.team')}>
          <TeamSelect under={organizationId} aria-label={t('inspection.field.team')} />
        </Form.Item>
        {kind === 'RANDOM' ? (
          <Card
            size="small"
            title={t('inspection.plan.drawTitle')}
            data-testid="draw-card"
            style={{ marginBottom: 16 }}
          >
            <Form.Item
              name="candidateIds"
              label={t('inspection.plan.candidates')}
              rules={[{ required: true, message: t('inspection.plan.candidatesRequired') }]}
            >
              <Select
                mode="multiple"
                aria-label={t('inspection.plan.candidates')}
                optionFilterProp="label"
                options={targetOptions}
                loading={subtree.isFetching}
              />
            </Form.Item>
            <Space wrap size={16} align="end">
              <Form.Item
                name="count"
                label={t('inspection.plan.count')}
                rules={[{ required: true, type: 'number', min: 1 }]}
              >
                <InputNumber min={1} aria-label={t('inspection.plan.count')} />
              </Form.Item>
              <Form.Item name="seed" label={t('inspection.plan.seed')} extra={t('inspection.plan.seedHint')}>
                <Input aria-label={t('inspection.plan.seed')} style={{ width: 220 }} />
              </Form.Item>
              <Form.Item>
                <Button icon={<ThunderboltOutlined aria-hidden />} loading={draw.isPending} onClick={onDraw}>
                  {t('inspection.plan.draw')}
                </Button>
              </Form.Item>
            </Space>
            {preview && <DrawPreview result={preview} names={names} />}
          </Card>
        ) : (
          <Form.Item
            label={t('inspection.field.targets')}
            required
            extra={
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                disabled={targetOptions.length === 0}
                onClick={() =>
                  form.setFieldValue(
                    'targetIds',
                    targetOptions.map((option) => option.value),
                  )
                }
              >
                {t('inspection.plan.allTargets')}
              </Button>
            }
          >
            <Form.Item
              name="targetIds"
              noStyle
              rules={[{ required: true, message: t('inspection.plan.targetsRequired') }]}
            >
              <Select
                mode="multiple"
                aria-label={t('inspection.field.targets')}
                optionFilterProp="label"
                options={targetOptions}
                loading={subtree.isFetching}
              />
            </Form.Item>
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('inspection.plan.submit')}
        </Button>
      </Form>
    </Card>
  );
}
