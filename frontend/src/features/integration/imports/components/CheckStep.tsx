import { DownloadOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import { useCommitImport } from '../api/commit-import';
import { annotatedUrl, useDownload } from '../api/downloads';
import type { ImportJob } from '../api/types';
import { ErrorsTable } from './ErrorsTable';
import { JobProgress } from './JobProgress';

function baseName(fileName: string | null | undefined, fallback: string): string {
  if (!fileName) return fallback;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Step 3: the dry run — progress while it checks, then "passed" with the commit, or every problem. */
export function CheckStep({ job, onReupload }: { job: ImportJob; onReupload: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const download = useDownload();
  const commit = useCommitImport();

  if (job.status === 'VALIDATING') return <JobProgress job={job} phase="check" />;

  function downloadAnnotated() {
    const name = t('import.check.annotatedFileName', { name: baseName(job.fileName, `import-${job.id}`) });
    download.mutate(
      { url: annotatedUrl(job.id), fileName: `${name}.xlsx` },
      { onError: (error) => showProblem(error, message) },
    );
  }

  function confirmCommit() {
    modal.confirm({
      title: t('import.confirm.title', { count: job.total, kind: t(`import.kind.${job.kind}`) }),
      icon: <ExclamationCircleOutlined aria-hidden />,
      content: t('import.confirm.content'),
      okText: t('import.confirm.ok'),
      cancelText: t('import.confirm.cancel'),
      onOk: () =>
        commit.mutateAsync(job.id).catch((error: unknown) => {
          showProblem(error, message);
        }),
    });
  }

  const reupload = <Button onClick={onReupload}>{t('import.check.reupload')}</Button>;

  if (job.status === 'VALID') {
    return (
      <Result
        status={job.total > 0 ? 'success' : 'warning'}
        data-testid="import-valid"
        title={job.total > 0 ? t('import.check.valid', { count: job.total }) : t('import.check.empty')}
        subTitle={
          job.total > 0
            ? t('import.check.validHint', {
                created: job.createdCount,
                updated: job.updatedCount,
                unchanged: job.unchangedCount,
              })
            : undefined
        }
        extra={
          <Space>
            {reupload}
            <Button
              type="primary"
              disabled={job.total === 0}
              loading={commit.isPending}
              onClick={confirmCommit}
            >
              {t('import.check.commit')}
            </Button>
          </Space>
        }
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <Alert
        type="error"
        showIcon
        data-testid="import-invalid"
        title={t('import.check.invalid', { count: job.errorCount })}
        description={
          <>
            {job.message && <div data-testid="import-message">{job.message}</div>}
            {t('import.check.invalidHint')}
          </>
        }
      />
      <Space wrap>
        <Button
          data-testid="import-annotated"
          icon={<DownloadOutlined aria-hidden />}
          loading={download.isPending}
          onClick={downloadAnnotated}
        >
          {t('import.check.annotated')}
        </Button>
        {reupload}
      </Space>
      <ErrorsTable jobId={job.id} />
    </Flex>
  );
}
