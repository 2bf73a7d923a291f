import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Flex, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { ExportMenu } from '@/components/ExportMenu';
import { useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { fromApiDate, parseApiDate, toApiDate, todayApiDate } from '@/lib/dates';
import { showProblem } from '@/lib/form-errors';
import { useExportResponsibilityMatrix } from '../api/export-responsibility-matrix';
import { useResponsibilityMatrix } from '../api/get-responsibility-matrix';
import type { MatrixParams } from '../api/keys';
import { MatrixTable } from '../components/MatrixTable';

/** The responsibility matrix of a subtree on a day, its gaps in red (责任矩阵). */
export default function ResponsibilityMatrixPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const under = Number(searchParams.get('under')) || me?.scope[0]?.organizationId;
  const at = parseApiDate(searchParams.get('at'));
  const onlyProblems = searchParams.get('onlyProblems') === '1';
  // Served a page at a time: a whole 10,000-organization matrix is megabytes; the Excel export stays whole.
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const [pageSize, setPageSize] = useState(100);
  const params: MatrixParams | undefined = under
    ? { under, at, onlyProblems, offset: (page - 1) * pageSize, limit: pageSize }
    : undefined;
  const matrix = useResponsibilityMatrix(params);
  const exporting = useExportResponsibilityMatrix();

  function update(next: {
    under?: number | null;
    at?: string | null;
    onlyProblems?: boolean;
    page?: number;
  }) {
    const query = new URLSearchParams(searchParams);
    if (next.page && next.page > 1) query.set('page', String(next.page));
    else query.delete('page');
    if (next.under) query.set('under', String(next.under));
    else if (next.under === null) query.delete('under');
    if (next.at) query.set('at', next.at);
    else if (next.at === null) query.delete('at');
    if (next.onlyProblems !== undefined) {
      if (next.onlyProblems) query.set('onlyProblems', '1');
      else query.delete('onlyProblems');
    }
    setSearchParams(query, { replace: true });
  }

  function download() {
    if (!params || !matrix.data) return;
    const fileName = `${t('duty.matrix.fileName', { organization: matrix.data.under.name, date: matrix.data.at })}.xlsx`;
    exporting.mutate({ params, fileName }, { onError: (error) => showProblem(error, message) });
  }

  return (
    <Card
      title={t('duty.matrix.title')}
      extra={
        <Space wrap>
          {/* Two different files, each named for what it holds: the matrix as shown, and the assignments as a template. */}
          <Tooltip title={t('duty.matrix.exportHint')}>
            <Button
              data-testid="matrix-export"
              icon={<DownloadOutlined aria-hidden />}
              loading={exporting.isPending}
              disabled={!matrix.data}
              onClick={download}
            >
              {t('duty.matrix.export')}
            </Button>
          </Tooltip>
          <Tooltip title={t('duty.matrix.dutiesHint')} placement="topRight">
            <span>
              <ExportMenu
                kinds={['duty-assignments']}
                under={under}
                label="import.export.duties"
                testId="duty-export"
              />
            </span>
          </Tooltip>
        </Space>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <OrganizationSelect
          aria-label={t('duty.matrix.under')}
          placeholder={t('duty.matrix.under')}
          allowClear={false}
          value={under}
          onChange={(id) => update({ under: id ?? null })}
          style={{ width: 280 }}
        />
        <DatePicker
          aria-label={t('duty.matrix.at')}
          allowClear={false}
          value={fromApiDate(at ?? todayApiDate())}
          onChange={(value) => {
            const next = value ? toApiDate(value) : null;
            update({ at: next === todayApiDate() ? null : next });
          }}
        />
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            id="matrix-only-problems"
            data-testid="matrix-only-problems"
            checked={onlyProblems}
            onChange={(checked) => update({ onlyProblems: checked })}
          />
          <label htmlFor="matrix-only-problems">{t('duty.matrix.onlyProblems')}</label>
        </Flex>
        {matrix.data && (
          <Space>
            <Typography.Text>{t('duty.matrix.vacancies')}</Typography.Text>
            <Tag
              data-testid="matrix-vacancy-count"
              data-count={matrix.data.vacancyCount}
              color={matrix.data.vacancyCount > 0 ? 'red' : 'green'}
            >
              {matrix.data.vacancyCount}
            </Tag>
          </Space>
        )}
      </Flex>
      {!params ? (
        <Empty description={t('duty.matrix.pickUnder')} />
      ) : matrix.isError ? (
        <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : (
        <MatrixTable
          matrix={matrix.data}
          loading={matrix.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => {
            if (nextSize !== pageSize) {
              setPageSize(nextSize);
              update({ page: 1 });
            } else {
              update({ page: nextPage });
            }
          }}
        />
      )}
    </Card>
  );
}
