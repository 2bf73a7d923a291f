import { Card, Flex, Steps, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { useImportJob } from '../api/get-import';
import { IMPORT_KINDS, isDryRun } from '../api/kinds';
import { importKeys } from '../api/keys';
import type { ImportKind, ImportStatus } from '../api/types';
import { CheckStep } from '../components/CheckStep';
import { CommitStep } from '../components/CommitStep';
import { KindStep } from '../components/KindStep';
import { RecentImports } from '../components/RecentImports';
import { UploadStep } from '../components/UploadStep';

function oneOf<T extends string>(value: string | null, choices: T[]): T | undefined {
  return choices.includes(value as T) ? (value as T) : undefined;
}

/**
 * The import wizard (批量导入). Its state lives in the address bar — `?kind=` while choosing and
 * uploading, `?job=` once a file is sent — so a reload or a link from the recent list resumes it.
 */
export default function ImportPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = Number(searchParams.get('job')) || undefined;
  const chosenKind = oneOf(searchParams.get('kind'), IMPORT_KINDS);
  const uploading = searchParams.get('step') === 'upload';
  const job = useImportJob(jobId);
  const status = job.data?.status;

  // A finished phase changes the recent list; a finished commit changes the ledgers shown elsewhere.
  const seen = useRef<ImportStatus | undefined>(undefined);
  useEffect(() => {
    if (!status || seen.current === status) return;
    const first = seen.current === undefined;
    seen.current = status;
    if (first) return;
    void queryClient.invalidateQueries({ queryKey: [...importKeys.all, 'recent'] });
    if (status === 'COMMITTED') {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== importKeys.all[0] });
    }
  }, [status, queryClient]);

  function go(next: { kind?: ImportKind; step?: 'upload'; job?: number }) {
    const params = new URLSearchParams();
    if (next.kind) params.set('kind', next.kind);
    if (next.step) params.set('step', next.step);
    if (next.job) params.set('job', String(next.job));
    setSearchParams(params);
  }

  const current = jobId ? (job.data && !isDryRun(job.data) ? 3 : 2) : uploading && chosenKind ? 1 : 0;

  function content() {
    if (jobId) {
      if (job.isPending) return <PageSpin />;
      if (job.isError) return <QueryError error={job.error} onRetry={() => void job.refetch()} />;
      const reupload = () => go({ kind: job.data.kind, step: 'upload' });
      return isDryRun(job.data) ? (
        <CheckStep job={job.data} onReupload={reupload} />
      ) : (
        <CommitStep job={job.data} onAgain={() => go({})} />
      );
    }
    if (uploading && chosenKind) {
      return (
        <UploadStep
          kind={chosenKind}
          onBack={() => go({ kind: chosenKind })}
          onStarted={(started) => go({ job: started.id })}
        />
      );
    }
    return (
      <KindStep
        kind={chosenKind}
        onChange={(kind) => go({ kind })}
        onNext={() => go({ kind: chosenKind, step: 'upload' })}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <Card title={t('import.title')}>
        <Flex vertical gap={24}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('import.intro')}
          </Typography.Paragraph>
          <Steps
            data-testid="import-steps"
            current={current}
            items={[
              { title: t('import.steps.kind') },
              { title: t('import.steps.upload') },
              { title: t('import.steps.check') },
              { title: t('import.steps.commit') },
            ]}
          />
          {content()}
        </Flex>
      </Card>
      <Card title={t('import.recent.title')}>
        <RecentImports showCreatedBy={access.isAdmin} />
      </Card>
    </Flex>
  );
}
