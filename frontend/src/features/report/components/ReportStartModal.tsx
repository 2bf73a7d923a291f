import { App, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '@/components/FormModal';
import { useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { fieldsNamed } from '@/lib/form-errors';
import type { WorkReportKind } from '../api/types';
import { WORK_REPORT_FORMS, WORK_REPORT_KINDS } from './kinds';
import { useCompileWorkReport, useCreateWorkReport } from '../api/work-reports';
import { periodLabel } from './labels';
import { showReportProblem } from './problems';
import { createWorkReportBody, type NewWorkReportValues } from './payloads';
import { currentPeriod, periodsOf } from './status';

interface Props {
  /** `create`: a blank draft; `compile`: a draft made of the children's submitted reports. */
  mode: 'create' | 'compile';
  onClose: () => void;
}

/** Starts a report (新建汇报) or compiles one from the level below (汇总下级汇报), then opens it. */
export function ReportStartModal({ mode, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<NewWorkReportValues>();
  const create = useCreateWorkReport();
  const compile = useCompileWorkReport();
  const kind = Form.useWatch('kind', form) ?? 'SEMIANNUAL';
  const today = todayApiDate();
  const year = Number(today.slice(0, 4));
  const periods = [year + 1, year, year - 1, year - 2].flatMap((y) => periodsOf(kind, y));
  const compiling = mode === 'compile';
  const known = fieldsNamed('organizationId', 'recipientOrganizationId', 'kind', 'period', 'title', 'form');

  async function submit(values: NewWorkReportValues) {
    try {
      const report = compiling
        ? await compile.mutateAsync({
            organizationId: values.organizationId,
            kind: values.kind,
            period: values.period,
          })
        : await create.mutateAsync(createWorkReportBody(values));
      void message.success(
        compiling
          ? t('report.compile.created', { count: report.sources.length })
          : t('report.create.created'),
      );
      onClose();
      navigate(`/work-reports/${report.id}`);
    } catch (error) {
      showReportProblem(error, message, form, known);
    }
  }

  const required = (field: string) => [
    { required: true, message: t('report.editor.sectionRequired', { field: t(`report.field.${field}`) }) },
  ];

  return (
    <FormModal<NewWorkReportValues>
      form={form}
      title={compiling ? t('report.compile.title') : t('report.create.title')}
      okText={compiling ? t('report.compile.ok') : t('common.save')}
      pending={create.isPending || compile.isPending}
      onCancel={onClose}
      onFinish={submit}
      name={compiling ? 'compile-report' : 'new-report'}
      testId={compiling ? 'compile-report-form' : 'new-report-form'}
      intro={
        compiling && <Typography.Paragraph type="secondary">{t('report.compile.hint')}</Typography.Paragraph>
      }
      initialValues={{
        organizationId: me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId,
        kind: 'SEMIANNUAL',
        period: currentPeriod('SEMIANNUAL', today),
        form: 'WRITTEN',
      }}
    >
      <Form.Item
        name="organizationId"
        label={t('report.field.organization')}
        rules={required('organization')}
      >
        <OrganizationSelect allowClear={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('report.field.kind')} rules={required('kind')}>
        <Radio.Group
          optionType="button"
          options={WORK_REPORT_KINDS.map((value) => ({ value, label: t(`report.kind.${value}`) }))}
          onChange={(event) =>
            form.setFieldValue('period', currentPeriod(event.target.value as WorkReportKind, today))
          }
        />
      </Form.Item>
      <Form.Item name="period" label={t('report.field.period')} rules={required('period')}>
        <Select
          aria-label={t('report.field.period')}
          options={periods.map((value) => ({ value, label: periodLabel(value, t) }))}
        />
      </Form.Item>
      {!compiling && (
        <>
          <Form.Item name="form" label={t('report.field.form')}>
            <Radio.Group
              options={WORK_REPORT_FORMS.map((value) => ({ value, label: t(`report.form.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="recipientOrganizationId"
            label={t('report.field.recipient')}
            extra={t('report.create.recipientHint')}
          >
            <OrganizationSelect />
          </Form.Item>
          <Form.Item name="title" label={t('report.field.title')} extra={t('report.create.titleHint')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
