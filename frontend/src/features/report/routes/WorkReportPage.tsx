import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentList } from '@/components/AttachmentList';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { ReasonModal } from '@/components/ReasonModal';
import { formatDate, formatDateTime } from '@/lib/format';
import { fieldsNamed } from '@/lib/form-errors';
import { ApiProblem } from '@/lib/problem';
import { reportFileUrls, useDownloadReportFile } from '../api/files';
import type { WorkReport } from '../api/types';
import {
  useReturnWorkReport,
  useUpdateWorkReport,
  useWorkReport,
  useWorkReportAttachment,
  useWorkReportStep,
  type WorkReportStep,
} from '../api/work-reports';
import { periodLabel } from '../components/labels';
import { OrganizationName } from '../components/OrganizationName';
import { updateWorkReportBody, type WorkReportEditValues } from '../components/payloads';
import { showReportProblem } from '../components/problems';
import { workReportActions } from '../components/status';
import { LateTag, WorkReportStatusTag } from '../components/tags';
import { useSides } from '../components/use-sides';
import { WorkReportFields, WorkReportSections } from '../components/WorkReportFields';
import { WorkReportHistory } from '../components/WorkReportHistory';
import '../locale';

function Editor({ report }: { report: WorkReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkReportEditValues>();
  const sides = useSides(report.organizationId, [report.recipientOrganizationId]);
  const actions = workReportActions(report, sides);
  const update = useUpdateWorkReport();
  const step = useWorkReportStep();
  const giveBack = useReturnWorkReport();
  const attachment = useWorkReportAttachment();
  const download = useDownloadReportFile();
  const [returning, setReturning] = useState(false);
  const known = fieldsNamed('title', 'form', 'progress', 'problems', 'plans', 'copyOrganizationIds');
  const pending = update.isPending || step.isPending;

  const initialValues: WorkReportEditValues = {
    title: report.title,
    form: report.form,
    progress: report.progress ?? '',
    problems: report.problems ?? '',
    plans: report.plans ?? '',
    copyOrganizationIds: report.copyOrganizationIds,
  };
  // Compared as they would be sent: an editor that only lost focus has changed nothing.
  const asSent = (values: WorkReportEditValues) => JSON.stringify(updateWorkReportBody(report, values));
  const isDirty = () => asSent({ ...initialValues, ...form.getFieldsValue() }) !== asSent(initialValues);

  async function save(values: WorkReportEditValues): Promise<WorkReport> {
    return update.mutateAsync({ id: report.id, body: updateWorkReportBody(report, values) });
  }

  async function onSave(values: WorkReportEditValues) {
    try {
      await save(values);
      void message.success(t('report.editor.saved'));
    } catch (error) {
      showReportProblem(error, message, form, known);
    }
  }

  /** A step on the report as the user sees it: unsaved edits are saved first, so what is signed is what is shown. */
  async function run(name: WorkReportStep, done: string) {
    try {
      const current = actions.save && isDirty() ? await save(form.getFieldsValue()) : report;
      await step.mutateAsync({ report: current, step: name });
      void message.success(t(done));
    } catch (error) {
      showReportProblem(error, message, form, known);
    }
  }

  const buttons = (
    <Space wrap data-testid="work-report-actions">
      {actions.save && (
        <Button type="primary" onClick={() => form.submit()} loading={update.isPending}>
          {t('report.editor.save')}
        </Button>
      )}
      {actions.signOff && (
        <Popconfirm
          title={t('report.editor.signOffConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('signOff', 'report.editor.signedOff')}
        >
          <Button loading={step.isPending} disabled={pending}>
            {t('report.editor.signOff')}
          </Button>
        </Popconfirm>
      )}
      {actions.submit && (
        <Popconfirm
          title={t('report.editor.submitConfirm', { recipient: report.recipientOrganizationName })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('submit', 'report.editor.submitted')}
        >
          <Button type="primary" loading={step.isPending} disabled={pending}>
            {t('report.editor.submit')}
          </Button>
        </Popconfirm>
      )}
      {actions.acknowledge && (
        <Button
          type="primary"
          loading={step.isPending}
          onClick={() => run('acknowledge', 'report.editor.acknowledged')}
        >
          {t('report.editor.acknowledge')}
        </Button>
      )}
      {actions.returnReport && (
        <Button danger onClick={() => setReturning(true)}>
          {t('report.editor.return')}
        </Button>
      )}
      <Link to={`/work-reports/${report.id}/print`} target="_blank">
        <Button icon={<PrinterOutlined aria-hidden />}>{t('report.editor.print')}</Button>
      </Link>
      <Button
        icon={<FileWordOutlined aria-hidden />}
        loading={download.isPending}
        onClick={() =>
          download.mutate(
            { url: reportFileUrls.workReportDocument(report.id), fileName: `${report.title}.docx` },
            { onError: (error) => showReportProblem(error, message) },
          )
        }
      >
        {t('report.editor.exportWord')}
      </Button>
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      {report.status === 'RETURNED' && report.returnComment && (
        <Alert
          type="error"
          showIcon
          data-testid="returned-alert"
          message={t('report.editor.returnedAlert', {
            at: formatDateTime(report.returnedAt),
            comment: report.returnComment,
          })}
        />
      )}
      <Card
        data-testid="work-report"
        data-status={report.status}
        title={
          <Space wrap>
            <span>{report.title}</span>
            <WorkReportStatusTag status={report.status} />
            <LateTag late={report.late} />
          </Space>
        }
        extra={buttons}
      >
        <Flex vertical gap={16}>
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
            <Descriptions.Item label={t('report.field.organization')}>
              {report.organizationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.field.recipient')}>
              <span data-testid="report-recipient">{report.recipientOrganizationName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('report.field.kind')}>
              {t(`report.kind.${report.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.field.period')}>
              {periodLabel(report.period, t)}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.field.dueOn')}>
              {formatDate(report.dueOn) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('report.field.form')}>
              {t(`report.form.${report.form}`)}
            </Descriptions.Item>
            {!actions.save && report.copyOrganizationIds.length > 0 && (
              <Descriptions.Item label={t('report.field.copies')} span={3}>
                <Space wrap>
                  {report.copyOrganizationIds.map((id) => (
                    <OrganizationName key={id} id={id} />
                  ))}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          {actions.save ? (
            <>
              {report.status === 'SIGNED_OFF' && (
                <Alert type="warning" showIcon message={t('report.editor.signedOffEditWarning')} />
              )}
              <Form<WorkReportEditValues>
                form={form}
                layout="vertical"
                name="work-report"
                data-testid="work-report-form"
                initialValues={initialValues}
                onFinish={onSave}
              >
                <WorkReportFields />
              </Form>
            </>
          ) : (
            <WorkReportSections report={report} />
          )}
        </Flex>
      </Card>
      <Flex gap={16} wrap align="start">
        <Card title={t('report.history.title')} style={{ flex: '1 1 320px' }}>
          <WorkReportHistory report={report} />
        </Card>
        <Card
          title={t('report.sources.title')}
          style={{ flex: '1 1 320px' }}
          data-testid="work-report-sources"
        >
          {report.sources.length === 0 ? (
            <Typography.Text type="secondary">{t('report.sources.none')}</Typography.Text>
          ) : (
            <Flex vertical gap={4}>
              {report.sources.map((source) => (
                <Link key={source.reportId} to={`/work-reports/${source.reportId}`}>
                  {source.organizationName}
                </Link>
              ))}
            </Flex>
          )}
        </Card>
      </Flex>
      <Card title={t('report.attachment.title')}>
        <AttachmentList
          testId="report-attachments"
          itemTestId="report-attachment"
          files={report.attachments}
          onDownload={(file) =>
            download.mutateAsync({
              url: reportFileUrls.workReportAttachment(report.id, file.id),
              fileName: file.fileName,
            })
          }
          onUpload={
            actions.attach ? (file) => attachment.upload.mutateAsync({ id: report.id, file }) : undefined
          }
          uploading={attachment.upload.isPending}
          onRemove={
            actions.attach
              ? (file) => attachment.remove.mutateAsync({ id: report.id, attachmentId: file.id })
              : undefined
          }
        />
      </Card>
      {returning && (
        <ReasonModal
          title={t('report.editor.returnTitle')}
          okText={t('report.editor.return')}
          danger
          hint={t('report.editor.returnHint')}
          name="return-report"
          testId="return-report-form"
          reason={{
            label: t('report.editor.returnComment'),
            requiredMessage: t('report.editor.returnRequired'),
          }}
          pending={giveBack.isPending}
          onCancel={() => setReturning(false)}
          onSubmit={async ({ reason }) => {
            await giveBack.mutateAsync({ report, comment: reason ?? '' });
            void message.success(t('report.editor.returned'));
            setReturning(false);
          }}
        />
      )}
    </Flex>
  );
}

/** A work report: its sections (editable while a draft), the steps its status allows, history, sources, files. */
export default function WorkReportPage() {
  const id = Number(useParams().id) || undefined;
  const report = useWorkReport(id);
  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  if (report.isPending) return <PageSpin />;
  // a new version re-creates the form, so it shows what the server holds
  return <Editor key={`${report.data.id}-${report.data.version}`} report={report.data} />;
}
