import { Button, Card, Col, Empty, Flex, List, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useOrganization } from '@/features/organization';
import { formatDate } from '@/lib/format';
import { useObligationCalendar } from '../api/get-obligation-calendar';
import { ObligationStatusTag } from '../components/ObligationStatusTag';
import { byDueMonth } from '../components/calendar';
import { periodLabel } from '../components/periods';

/** An organization's year: its instances grouped by the month they are due. */
export default function ObligationCalendarPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id) || undefined;
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || new Date().getFullYear();
  const organization = useOrganization(id);
  const calendar = useObligationCalendar(id, year);
  if (calendar.isError) return <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />;
  const months = byDueMonth(calendar.data ?? [], year);

  return (
    <Card
      data-testid="obligation-calendar"
      loading={calendar.isPending}
      title={t('obligation.calendar.heading', { organization: organization.data?.name ?? '', year })}
      extra={
        <Space>
          <Button onClick={() => setSearchParams(new URLSearchParams({ year: String(year - 1) }))}>
            {t('obligation.calendar.year', { year: year - 1 })}
          </Button>
          <Button onClick={() => setSearchParams(new URLSearchParams({ year: String(year + 1) }))}>
            {t('obligation.calendar.year', { year: year + 1 })}
          </Button>
          <Link to={`/obligations/organizations/${id}?period=${year}`}>
            {t('obligation.calendar.record')}
          </Link>
        </Space>
      }
    >
      <Row gutter={[12, 12]}>
        {months.map(({ month, obligations }) => (
          <Col key={month} xs={24} sm={12} lg={8} xl={6}>
            <Card
              size="small"
              title={t('obligation.calendar.month', { month })}
              data-testid="calendar-month"
              data-month={month}
            >
              {obligations.length === 0 ? (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('obligation.calendar.nothingDue')}
                />
              ) : (
                <List
                  size="small"
                  dataSource={obligations}
                  renderItem={(obligation) => (
                    <List.Item data-testid="calendar-item" data-status={obligation.status}>
                      <Flex vertical style={{ width: '100%' }}>
                        <Flex justify="space-between" gap={8}>
                          <span>{obligation.title}</span>
                          <ObligationStatusTag status={obligation.status} />
                        </Flex>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDate(obligation.dueDate)} · {periodLabel(obligation.period, t)} ·{' '}
                          {obligation.metCount}/{obligation.minCount}
                        </Typography.Text>
                      </Flex>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
