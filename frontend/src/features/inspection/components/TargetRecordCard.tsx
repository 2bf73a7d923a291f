import { Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { TargetRecord } from '../api/types';
import { periodLabel } from './labels';

/** The target's own record for the period, beside the items: what the scorer checks against. */
export function TargetRecordCard({ record, loading }: { record?: TargetRecord; loading?: boolean }) {
  const { t } = useTranslation();
  const o = record?.obligations;
  return (
    <Card size="small" title={t('inspection.record.title')} loading={loading} data-testid="target-record">
      {!record ? (
        <Empty description={t('inspection.record.none')} />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={2}
            title={t('inspection.record.obligations')}
            data-testid="record-obligations"
          >
            <Descriptions.Item label={t('inspection.record.due')}>{o?.due ?? 0}</Descriptions.Item>
            <Descriptions.Item label={t('inspection.record.fulfilled')}>
              <span data-testid="record-fulfilled">{o?.fulfilled ?? 0}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.record.overdue')}>
              <Typography.Text type={o?.overdue ? 'danger' : undefined} data-testid="record-overdue">
                {o?.overdue ?? 0}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.record.waived')}>{o?.waived ?? 0}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Text strong>{t('inspection.record.workReports')}</Typography.Text>
            <List
              size="small"
              data-testid="record-reports"
              dataSource={record.workReports}
              locale={{ emptyText: t('inspection.record.noReports') }}
              renderItem={(report) => (
                <List.Item>
                  <Space wrap size={4}>
                    <Link to={`/work-reports/${report.id}`}>{periodLabel(report.period, t)}</Link>
                    <Tag>
                      {t(`inspection.record.reportStatus.${report.status}`, { defaultValue: report.status })}
                    </Tag>
                    {report.late && <Tag color="red">{t('inspection.record.late')}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </div>
          <div>
            <Typography.Text strong>{t('inspection.record.vacancies')}</Typography.Text>
            <List
              size="small"
              data-testid="record-vacancies"
              dataSource={record.vacancies}
              locale={{ emptyText: t('inspection.record.noVacancies') }}
              renderItem={(vacancy) => (
                <List.Item>
                  <Typography.Text type="warning">
                    {t('inspection.record.vacantSince', {
                      role: t(`duty.role.${vacancy.role}`, { defaultValue: vacancy.role }),
                      since: formatDate(vacancy.since),
                    })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </div>
          <Descriptions
            size="small"
            column={3}
            title={t('inspection.record.reviews')}
            data-testid="record-reviews"
          >
            <Descriptions.Item label={t('inspection.record.published')}>
              {record.reviews.published}
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.record.rejected')}>
              {record.reviews.rejected}
            </Descriptions.Item>
            <Descriptions.Item label={t('inspection.record.retracted')}>
              {record.reviews.retracted}
            </Descriptions.Item>
          </Descriptions>
        </Space>
      )}
    </Card>
  );
}

/** One linked rule's compliance for the period, shown under the item it evidences. */
export function RuleCompliance({ record, ruleId }: { record?: TargetRecord; ruleId?: number | null }) {
  const { t } = useTranslation();
  if (!ruleId || !record) return null;
  const rule = record.obligationsByRule.find((entry) => entry.ruleId === ruleId);
  if (!rule) return <Typography.Text type="secondary">{t('inspection.record.ruleNone')}</Typography.Text>;
  return (
    <Typography.Text type={rule.overdue > 0 ? 'danger' : 'secondary'} data-testid="rule-compliance">
      {t('inspection.record.ruleLine', {
        rule: rule.ruleName,
        due: rule.due,
        fulfilled: rule.fulfilled,
        overdue: rule.overdue,
      })}
    </Typography.Text>
  );
}
