import { CalendarOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useMe, writesIn } from '@/features/me';
import { todayApiDate } from '@/lib/dates';
import type { Fulfilment } from '../api/types';
import { EvidenceModal } from '../components/EvidenceModal';
import { FulfilmentCard } from '../components/FulfilmentCard';
import { FulfilmentFormModal } from '../components/FulfilmentFormModal';
import { ObligationTable } from '../components/ObligationTable';
import { PeriodPicker } from '../components/PeriodPicker';
import { parsePeriodKey, periodKeyOf, periodLabel } from '../components/periods';
import { useOrganizationRecord } from '../components/use-organization-record';

/** One organization's record for a period: what it owed, what it did, and the evidence. */
export default function OrganizationRecordPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const id = Number(useParams().id) || undefined;
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayApiDate();
  const periodParam = searchParams.get('period');
  const period = parsePeriodKey(periodParam) ? periodParam! : periodKeyOf('QUARTER', today);
  const { organization, calendar, fulfilments, obligations } = useOrganizationRecord(id, period);
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<Fulfilment | null>(null);
  const [evidenceFor, setEvidenceFor] = useState<Fulfilment | null>(null);

  const failed = [organization, calendar, fulfilments].find((query) => query.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  const org = organization.data;
  const editable = !!me && !!org && org.active && writesIn(me, org);
  const query = `?period=${encodeURIComponent(period)}`;

  return (
    <Flex vertical gap={16}>
      <Card
        data-testid="obligation-record"
        title={t('obligation.record.title', {
          organization: org?.name ?? '',
          period: periodLabel(period, t),
        })}
        extra={
          <Space wrap>
            <PeriodPicker
              value={period}
              today={today}
              onChange={(next) => setSearchParams(new URLSearchParams({ period: next }))}
            />
            <Link to={`/obligations/organizations/${id}/calendar?year=${period.slice(0, 4)}`}>
              <Button icon={<CalendarOutlined aria-hidden />}>{t('obligation.calendar.title')}</Button>
            </Link>
            <Link to={`/obligations/organizations/${id}/print${query}`}>
              <Button icon={<PrinterOutlined aria-hidden />}>{t('obligation.record.print')}</Button>
            </Link>
            {editable && (
              <Button
                type="primary"
                data-testid="record-new-fulfilment"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setRecording(true)}
              >
                {t('obligation.mine.record')}
              </Button>
            )}
          </Space>
        }
      >
        <ObligationTable
          testId="record-obligations"
          loading={calendar.isFetching}
          obligations={obligations}
          emptyText={t('obligation.record.noObligations')}
        />
      </Card>
      <Card
        title={t('obligation.record.fulfilments')}
        loading={fulfilments.isPending && fulfilments.isFetching}
      >
        {(fulfilments.data ?? []).length === 0 ? (
          <Empty description={t('obligation.record.noFulfilments')} />
        ) : (
          (fulfilments.data ?? []).map((fulfilment) => (
            <FulfilmentCard
              key={fulfilment.id}
              fulfilment={fulfilment}
              obligations={obligations}
              editable={editable}
              onCorrect={() => setCorrecting(fulfilment)}
              onAddEvidence={() => setEvidenceFor(fulfilment)}
            />
          ))
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('obligation.record.neverDeleted')}
        </Typography.Paragraph>
      </Card>
      {recording && org && <FulfilmentFormModal organization={org} onClose={() => setRecording(false)} />}
      {correcting && org && (
        <FulfilmentFormModal organization={org} correcting={correcting} onClose={() => setCorrecting(null)} />
      )}
      {evidenceFor && <EvidenceModal fulfilment={evidenceFor} onClose={() => setEvidenceFor(null)} />}
    </Flex>
  );
}
