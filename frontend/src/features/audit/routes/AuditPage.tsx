import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { showProblem } from '@/lib/form-errors';
import { useExportAuditEvents, type ExportFormat } from '../api/export-audit-events';
import type { AuditFilters } from '../api/filters';
import { useAuditEvents } from '../api/list-audit-events';
import { useVerifyAuditChain } from '../api/verify-audit-chain';
import { AuditEventItem } from '../components/AuditEventItem';
import { AuditFilterForm } from '../components/AuditFilterForm';
import { VerifyResult } from '../components/VerifyResult';

export default function AuditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);
  const verify = useVerifyAuditChain();
  const { canVerifyAudit } = useAccess();
  const exporting = useExportAuditEvents();
  const items = useMemo(() => events.data?.pages.flatMap((page) => page.items) ?? [], [events.data]);

  function download(format: ExportFormat) {
    exporting.mutate({ format, filters }, { onError: (error) => showProblem(error, message) });
  }

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('audit.title')}
        extra={
          <Space wrap>
            {canVerifyAudit && (
              <Button
                icon={<SafetyCertificateOutlined aria-hidden />}
                loading={verify.isPending}
                onClick={() => verify.mutate(undefined, { onError: (error) => showProblem(error, message) })}
              >
                {t('audit.verify')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined aria-hidden />}
              loading={exporting.isPending}
              onClick={() => download('jsonl')}
            >
              {t('audit.exportJsonl')}
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              loading={exporting.isPending}
              onClick={() => download('csv')}
            >
              {t('audit.exportCsv')}
            </Button>
          </Space>
        }
      >
        <Flex vertical gap={16}>
          {verify.data && <VerifyResult result={verify.data} />}
          <AuditFilterForm onApply={setFilters} />
        </Flex>
      </Card>
      {events.isError ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <Flex vertical gap={12} data-testid="audit-list">
          {events.isPending ? (
            <Card loading />
          ) : items.length === 0 ? (
            <Empty description={t('audit.empty')} />
          ) : (
            items.map((event) => <AuditEventItem key={event.seq} event={event} />)
          )}
          {events.hasNextPage && (
            <Button loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
