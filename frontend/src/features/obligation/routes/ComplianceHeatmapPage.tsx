import { DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Empty,
  Flex,
  Space,
  Switch,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useAccess, useMe } from '@/features/me';
import { OrganizationSelect, useOrganization } from '@/features/organization';
import { todayApiDate } from '@/lib/dates';
import { showProblem } from '@/lib/form-errors';
import { useCompliance, useExportCompliance } from '../api/get-compliance';
import type { ComplianceParams } from '../api/keys';
import type { ComplianceRow } from '../api/types';
import { HeatCell } from '../components/HeatCell';
import { sumCounts } from '../components/heat';
import { PeriodPicker } from '../components/PeriodPicker';
import { parsePeriodKey, periodKeyOf, periodLabel } from '../components/periods';

/** The compliance heatmap (工作要求落实情况): children × rules, level by level, colour by rate. */
export default function ComplianceHeatmapPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const access = useAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayApiDate();
  const under = Number(searchParams.get('under')) || me?.scope[0]?.organizationId;
  const periodParam = searchParams.get('period');
  const period = parsePeriodKey(periodParam) ? periodParam! : periodKeyOf('QUARTER', today);
  const onlyProblems = searchParams.get('onlyProblems') === '1';
  const params: ComplianceParams | undefined = under ? { under, period, onlyProblems } : undefined;
  const compliance = useCompliance(params);
  const exporting = useExportCompliance();
  const { data: underOrganization } = useOrganization(under);

  function update(next: { under?: number | null; period?: string; onlyProblems?: boolean }) {
    const query = new URLSearchParams(searchParams);
    if (next.under) query.set('under', String(next.under));
    else if (next.under === null) query.delete('under');
    if (next.period) query.set('period', next.period);
    if (next.onlyProblems !== undefined) {
      if (next.onlyProblems) query.set('onlyProblems', '1');
      else query.delete('onlyProblems');
    }
    setSearchParams(query);
  }

  // The levels from the top of the user's scope down to the one shown, each a step back up.
  const levels = useMemo(() => {
    if (!underOrganization) return [];
    const line = [...underOrganization.path, { id: underOrganization.id, name: underOrganization.name }];
    if (access.isAdmin || access.isAuditor) return line;
    const roots = new Set(me?.scope.map((entry) => entry.organizationId));
    const start = line.findIndex((level) => roots.has(level.id));
    return start >= 0 ? line.slice(start) : line.slice(-1);
  }, [underOrganization, access.isAdmin, access.isAuditor, me]);

  const data = compliance.data;
  // The rules' columns added up over the children shown; the last cell is the whole subtree's.
  const columnTotals = useMemo(
    () =>
      (data?.rules ?? []).map((rule) =>
        sumCounts(data!.rows.flatMap((row) => row.cells.filter((cell) => cell.ruleId === rule.id))),
      ),
    [data],
  );

  const recordLink = (organizationId: number) =>
    `/obligations/organizations/${organizationId}?period=${encodeURIComponent(period)}`;

  const columns: TableColumnsType<ComplianceRow> = [
    {
      title: t('obligation.compliance.organization'),
      key: 'organization',
      fixed: 'left',
      render: (_, row) => {
        return (
          <Flex vertical>
            {row.hasChildren ? (
              <Typography.Link
                data-testid="drill-down"
                onClick={() => update({ under: row.organization.id })}
              >
                {row.organization.name} ›
              </Typography.Link>
            ) : (
              <Link data-testid="open-record" to={recordLink(row.organization.id)}>
                {row.organization.name}
              </Link>
            )}
            {row.hasChildren && (
              <Link to={recordLink(row.organization.id)} style={{ fontSize: 12 }}>
                {t('obligation.compliance.ownRecord')}
              </Link>
            )}
          </Flex>
        );
      },
    },
    ...(data?.rules ?? []).map((rule) => ({
      title: (
        <Flex vertical>
          <span>{rule.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`obligation.kind.${rule.kind}`)}
          </Typography.Text>
        </Flex>
      ),
      key: `rule-${rule.id}`,
      render: (_: unknown, row: ComplianceRow) => {
        const cell = row.cells.find((candidate) => candidate.ruleId === rule.id);
        return cell && cell.total > 0 ? (
          <HeatCell counts={cell} data={{ 'org-id': row.organization.id, 'rule-id': rule.id }} />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        );
      },
    })),
    {
      title: t('obligation.compliance.rowTotal'),
      key: 'total',
      render: (_, row) => (
        <HeatCell counts={row.total} testId="heat-total" data={{ 'org-id': row.organization.id }} />
      ),
    },
  ];

  function download() {
    if (!params || !data) return;
    const fileName = `${t('obligation.compliance.fileName', { organization: data.organization.name, period: periodLabel(period, t) })}.xlsx`;
    exporting.mutate({ params, fileName }, { onError: (error) => showProblem(error, message) });
  }

  return (
    <Card
      title={t('obligation.compliance.title')}
      extra={
        <Button
          data-testid="compliance-export"
          icon={<DownloadOutlined aria-hidden />}
          loading={exporting.isPending}
          disabled={!data}
          onClick={download}
        >
          {t('obligation.compliance.export')}
        </Button>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <OrganizationSelect
          aria-label={t('obligation.compliance.under')}
          placeholder={t('obligation.compliance.under')}
          allowClear={false}
          value={under}
          onChange={(id) => update({ under: id ?? null })}
          style={{ width: 260 }}
        />
        <PeriodPicker value={period} today={today} onChange={(next) => update({ period: next })} />
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            id="compliance-only-problems"
            data-testid="compliance-only-problems"
            checked={onlyProblems}
            onChange={(checked) => update({ onlyProblems: checked })}
          />
          <label htmlFor="compliance-only-problems">{t('obligation.compliance.onlyProblems')}</label>
        </Flex>
      </Flex>
      {levels.length > 0 && (
        <Breadcrumb
          data-testid="compliance-levels"
          style={{ marginBottom: 12 }}
          items={levels.map((level, index) => ({
            key: level.id,
            title:
              index === levels.length - 1 ? (
                level.name
              ) : (
                <Typography.Link onClick={() => update({ under: level.id })}>{level.name}</Typography.Link>
              ),
          }))}
        />
      )}
      {data && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Text type="secondary">{t('obligation.compliance.legend')}</Typography.Text>
          <Link to={recordLink(data.organization.id)}>{t('obligation.compliance.ownRecord')}</Link>
        </Space>
      )}
      {!params ? (
        <Empty description={t('obligation.compliance.pickUnder')} />
      ) : compliance.isError ? (
        <QueryError error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : (
        <Table<ComplianceRow>
          data-testid="compliance-table"
          size="small"
          bordered
          loading={compliance.isFetching}
          rowKey={(row) => row.organization.id}
          dataSource={data?.rows ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={(data?.rows.length ?? 0) > 100 ? { pageSize: 100, showSizeChanger: false } : false}
          summary={() =>
            data && data.rows.length > 0 ? (
              <Table.Summary fixed="bottom">
                <Table.Summary.Row data-testid="compliance-totals">
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('obligation.compliance.totals')}</Typography.Text>
                  </Table.Summary.Cell>
                  {columnTotals.map((counts, index) => (
                    <Table.Summary.Cell key={data.rules[index].id} index={index + 1}>
                      <HeatCell
                        counts={counts}
                        testId="heat-column-total"
                        data={{ 'rule-id': data.rules[index].id }}
                      />
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={columnTotals.length + 1}>
                    <HeatCell counts={data.totals} testId="heat-total" />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
          locale={{
            emptyText: onlyProblems
              ? t('obligation.compliance.noProblems')
              : t('obligation.compliance.empty'),
          }}
          onRow={(row) =>
            ({
              'data-testid': 'compliance-row',
              'data-org-id': row.organization.id,
            }) as React.HTMLAttributes<HTMLElement>
          }
        />
      )}
    </Card>
  );
}
