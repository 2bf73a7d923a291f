import { Button, Col, Result, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportJob, ImportKind } from '../api/types';
import { JobProgress } from './JobProgress';

/** Where the imported rows are seen afterwards, and that page's menu label. */
const PAGES: Record<ImportKind, { path: string; labelKey: string }> = {
  organizations: { path: '/organizations', labelKey: 'menu.organizations' },
  people: { path: '/people', labelKey: 'menu.people' },
  memberships: { path: '/people', labelKey: 'menu.people' },
  'duty-assignments': { path: '/responsibility-matrix', labelKey: 'menu.responsibilityMatrix' },
  channels: { path: '/channels', labelKey: 'menu.channels' },
  fulfilments: { path: '/obligations/compliance', labelKey: 'menu.obligationCompliance' },
};

/** Step 4: progress while the rows are written, then what changed (or why nothing did). */
export function CommitStep({ job, onAgain }: { job: ImportJob; onAgain: () => void }) {
  const { t } = useTranslation();

  if (job.status === 'COMMITTING') return <JobProgress job={job} phase="commit" />;

  const again = (
    <Button key="again" type="primary" onClick={onAgain}>
      {t('import.commit.again')}
    </Button>
  );

  if (job.status === 'FAILED') {
    return (
      <Result
        status="error"
        data-testid="import-failed"
        title={t('import.commit.failed')}
        subTitle={job.message ?? undefined}
        extra={[again]}
      />
    );
  }

  return (
    <Result
      status="success"
      data-testid="import-committed"
      title={t('import.commit.done')}
      subTitle={
        <Row gutter={48} justify="center" style={{ marginTop: 8 }}>
          {(
            [
              ['created', job.createdCount],
              ['updated', job.updatedCount],
              ['unchanged', job.unchangedCount],
            ] as const
          ).map(([outcome, count]) => (
            <Col key={outcome}>
              <Statistic
                title={t(`import.commit.${outcome}`)}
                value={count}
                data-testid={`import-${outcome}`}
              />
            </Col>
          ))}
        </Row>
      }
      extra={[
        again,
        <Link key="page" to={PAGES[job.kind].path}>
          {t('import.commit.open', { page: t(PAGES[job.kind].labelKey) })}
        </Link>,
        <Link key="audit" to="/audit">
          {t('import.commit.audit')}
        </Link>,
      ]}
    />
  );
}
