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
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChannelSelect } from '@/features/channel';
import { useMe } from '@/features/me';
import { OrganizationSelect, useOrganization } from '@/features/organization';
import { formatDateTime } from '@/lib/format';
import { fieldsNamed } from '@/lib/form-errors';
import { useCreateMajorMatter, useMatterLimits } from '../api/major-matters';
import { MAJOR_MATTER_CATEGORIES } from '../components/kinds';
import { matterTimesProblem } from '../components/matter-form';
import { majorMatterBody, type MajorMatterValues } from '../components/payloads';
import { showReportProblem } from '../components/problems';
import { useNow } from '../components/tags';
import { formatMinutes, reportDeadlineOf, timeLeft } from '../components/time-left';
import '../locale';

/**
 * Enter confirms a typed time in the picker; it must not also submit the form (the browser's implicit
 * submission), or a matter is reported with half its times filled in.
 */
function confirmOnly(event: KeyboardEvent<HTMLElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

/** The report's deadline as it stands: learned at + the recipient's limit, and how long is left. */
function DeadlineHint({ organizationId, learnedAt }: { organizationId?: number; learnedAt?: Dayjs | null }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const organization = useOrganization(organizationId);
  const limits = useMatterLimits(organization.data?.parentId ?? undefined);
  if (!learnedAt) return null;
  const hours = limits.data?.reportHours ?? 24;
  const deadline = new Date(reportDeadlineOf(learnedAt.valueOf(), hours)).toISOString();
  const left = timeLeft(deadline, now);
  return (
    <Alert
      data-testid="matter-deadline"
      data-overdue={left.overdue ? 'true' : 'false'}
      type={left.overdue ? 'error' : 'warning'}
      showIcon
      message={t('report.matter.form.deadline', { at: formatDateTime(deadline), hours })}
      description={
        left.overdue
          ? t('report.matter.form.deadlinePassed', { time: formatMinutes(left.minutes, t) })
          : t('report.matter.form.deadlineLeft', { time: formatMinutes(left.minutes, t) })
      }
    />
  );
}

/** 报告重大事项: one screen, the category a click, the times already at now; details follow as follow-ups. */
export default function NewMajorMatterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<MajorMatterValues>();
  const create = useCreateMajorMatter();
  const organizationId = Form.useWatch('organizationId', form);
  const learnedAt = Form.useWatch('learnedAt', form);
  const known = fieldsNamed(
    'organizationId',
    'category',
    'title',
    'description',
    'occurredAt',
    'learnedAt',
    'actionsTaken',
    'publicationId',
    'channelId',
  );
  // `whitespace` only for text: on a picked organization or a time it refuses any value
  const required = (field: string, text = false) => [
    {
      required: true,
      // the key itself, even false, makes antd check a string
      ...(text ? { whitespace: true } : {}),
      message: t('report.matter.form.required', { field: t(`report.matter.field.${field}`) }),
    },
  ];

  async function submit(values: MajorMatterValues) {
    const problem = matterTimesProblem(values.occurredAt, values.learnedAt, Date.now());
    if (problem) {
      form.setFields([{ name: problem.field, errors: [t(problem.key)] }]);
      return;
    }
    try {
      const matter = await create.mutateAsync(majorMatterBody(values));
      void message.success(t('report.matter.form.submitted'));
      navigate(`/major-matters/${matter.id}`);
    } catch (error) {
      showReportProblem(error, message, form, known);
    }
  }

  const now = dayjs();
  return (
    <Card title={t('report.matter.form.title')}>
      <Typography.Paragraph type="secondary">{t('report.matter.form.intro')}</Typography.Paragraph>
      <Form<MajorMatterValues>
        form={form}
        layout="vertical"
        name="major-matter"
        data-testid="major-matter-form"
        style={{ maxWidth: 860 }}
        initialValues={{
          organizationId: me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId,
          category: 'HARMFUL_CONTENT',
          occurredAt: now,
          learnedAt: now,
        }}
        onFinish={submit}
      >
        <Form.Item
          name="organizationId"
          label={t('report.matter.field.organization')}
          rules={required('organization')}
        >
          <OrganizationSelect
            allowClear={false}
            style={{ width: 320 }}
            onChange={() => form.setFieldValue('channelId', undefined)}
          />
        </Form.Item>
        <Form.Item name="category" label={t('report.matter.field.category')} rules={required('category')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={MAJOR_MATTER_CATEGORIES.map((value) => ({
              value,
              label: t(`report.matter.category.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('report.matter.field.title')} rules={required('title', true)}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('report.matter.field.description')}
          rules={required('description', true)}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Space wrap size={16} align="start">
          <Form.Item
            name="occurredAt"
            label={t('report.matter.field.occurredAt')}
            rules={required('occurredAt')}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={t('common.format.dateTime')}
              onKeyDown={confirmOnly}
            />
          </Form.Item>
          <Form.Item
            name="learnedAt"
            label={t('report.matter.field.learnedAt')}
            rules={required('learnedAt')}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={t('common.format.dateTime')}
              onKeyDown={confirmOnly}
            />
          </Form.Item>
        </Space>
        <Form.Item>
          <DeadlineHint organizationId={organizationId} learnedAt={learnedAt} />
        </Form.Item>
        <Form.Item name="actionsTaken" label={t('report.matter.field.actionsTaken')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Space wrap size={16} align="start">
          <Form.Item name="channelId" label={t('report.matter.field.channel')}>
            {organizationId ? (
              <ChannelSelect organizationId={organizationId} style={{ width: 260 }} />
            ) : (
              <Input disabled style={{ width: 260 }} />
            )}
          </Form.Item>
          <Form.Item name="publicationId" label={t('report.matter.field.publication')}>
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Space>
          <Button type="primary" danger htmlType="submit" loading={create.isPending}>
            {t('report.matter.form.submit')}
          </Button>
          <Button onClick={() => navigate('/major-matters')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
