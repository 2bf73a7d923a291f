import { Alert, Card, DatePicker, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DutyAssignment, DutyRole, RoleHolders } from '@/lib/api-types';
import { fromApiDate, toApiDate, todayApiDate } from '@/lib/dates';
import { isApiProblem } from '@/lib/problem';
import { useResponsibility } from '../api/get-responsibility';
import { periodText } from './describe';
import { withNote } from '@/lib/punctuation';

interface Props {
  organizationId: number;
  /** The day shown (YYYY-MM-DD); none: today. */
  at?: string;
  onAtChange: (at: string | undefined) => void;
}

/** Who held each role on any day: the organization "as of" a date. */
export function ResponsibilityAsOf({ organizationId, at, onAtChange }: Props) {
  const { t } = useTranslation();
  const responsibility = useResponsibility(organizationId, at);
  const today = todayApiDate();

  function holder(assignment: DutyAssignment) {
    const inherited = assignment.organization.id !== organizationId;
    return (
      <Flex key={assignment.id} vertical gap={0}>
        <Space wrap size={4}>
          <Link to={`/people/${assignment.person.id}`}>{assignment.person.name}</Link>
          {!assignment.person.active && <Tag>{t('duty.timeline.personInactive')}</Tag>}
          {assignment.channel && (
            <Typography.Text>{withNote(t, '', assignment.channel.name)}</Typography.Text>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {periodText(assignment.validFrom, assignment.validTo, t)}
          {inherited && ` · ${t('duty.asOf.inherited', { organization: assignment.organization.name })}`}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <Card
      data-testid="responsibility-as-of"
      data-at={responsibility.data?.at}
      title={t('duty.asOf.title')}
      extra={
        <DatePicker
          aria-label={t('duty.asOf.date')}
          allowClear={false}
          value={fromApiDate(at ?? today)}
          onChange={(value) => {
            const next = value ? toApiDate(value) : undefined;
            onAtChange(next === today ? undefined : next);
          }}
        />
      }
    >
      {responsibility.isError ? (
        <Alert
          type="error"
          title={
            isApiProblem(responsibility.error) ? responsibility.error.message : t('common.error.network')
          }
        />
      ) : (
        <>
          {at && at !== today && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('duty.asOf.historic', { date: at })}
            />
          )}
          <Table<RoleHolders>
            rowKey="role"
            size="small"
            pagination={false}
            loading={responsibility.isFetching}
            dataSource={responsibility.data?.roles ?? []}
            columns={[
              {
                title: t('duty.field.role'),
                dataIndex: 'role',
                width: 130,
                render: (role: DutyRole) => t(`duty.role.${role}`),
              },
              {
                title: t('duty.asOf.holders'),
                key: 'holders',
                render: (_, row) =>
                  row.holders.length > 0 ? (
                    <Flex vertical gap={6}>
                      {row.holders.map(holder)}
                    </Flex>
                  ) : (
                    <Typography.Text type="secondary">{t('duty.asOf.none')}</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
