import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { percent } from '../api/kinds';
import type { ImportJob } from '../api/types';

/** The running job's progress: rows processed of the file's data rows. */
export function JobProgress({ job, phase }: { job: ImportJob; phase: 'check' | 'commit' }) {
  const { t } = useTranslation();
  const title = phase === 'check' ? t('import.check.validating') : t('import.commit.committing');
  return (
    <Flex vertical gap={8} data-testid="import-progress" style={{ maxWidth: 560 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Progress percent={percent(job)} status="active" />
      {job.total > 0 && (
        <Typography.Text type="secondary">
          {t(`import.${phase}.progress`, { processed: job.processed, total: job.total })}
        </Typography.Text>
      )}
    </Flex>
  );
}
