import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { ReasonModal } from '@/components/ReasonModal';
import { ruleActions, useAccess, useMe } from '@/features/me';
import { OrganizationSelect, useOrganization } from '@/features/organization';
import { formatDate } from '@/lib/format';
import { useRules } from '../api/list-rules';
import { useRetireRule } from '../api/save-rule';
import type { ObligationRule } from '../api/types';
import { RuleFormModal } from '../components/RuleFormModal';
import { punctuation } from '@/lib/punctuation';

function RuleRowActions({
  rule,
  onEdit,
  onRetire,
}: {
  rule: ObligationRule;
  onEdit: () => void;
  onRetire: () => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { data: issuer } = useOrganization(rule.issuerOrganizationId);
  if (!me || !issuer) return null;
  const actions = ruleActions(me, issuer, rule);
  return (
    <Space size={4}>
      {actions.edit && (
        <Button size="small" data-testid="edit-rule" onClick={onEdit}>
          {t('common.edit')}
        </Button>
      )}
      {actions.retire && (
        <Button size="small" danger data-testid="retire-rule" onClick={onRetire}>
          {t('obligation.rule.retire')}
        </Button>
      )}
    </Space>
  );
}

/** The rule editor of an upper office (工作要求设置): what the organizations below must do, how often. */
export default function ObligationRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const access = useAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const issuer = Number(searchParams.get('issuer')) || undefined;
  const includeRetired = searchParams.get('retired') === '1';
  const rules = useRules(issuer, includeRetired);
  const retire = useRetireRule();
  const [editing, setEditing] = useState<ObligationRule | 'new' | null>(null);
  const [retiring, setRetiring] = useState<ObligationRule | null>(null);

  function update(next: Record<string, string | null>) {
    const query = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next)) {
      if (value) query.set(key, value);
      else query.delete(key);
    }
    setSearchParams(query);
  }

  if (rules.isError) return <QueryError error={rules.error} onRetry={() => void rules.refetch()} />;

  return (
    <Card
      title={t('obligation.rule.pageTitle')}
      extra={
        access.canIssueObligationRules && (
          <Button
            type="primary"
            data-testid="create-rule"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('obligation.rule.create')}
          </Button>
        )
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <OrganizationSelect
          aria-label={t('obligation.rule.issuer')}
          placeholder={t('obligation.rule.issuer')}
          value={issuer}
          onChange={(id) => update({ issuer: id ? String(id) : null })}
          style={{ width: 260 }}
        />
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            id="rules-retired"
            data-testid="rules-retired"
            checked={includeRetired}
            onChange={(checked) => update({ retired: checked ? '1' : null })}
          />
          <label htmlFor="rules-retired">{t('obligation.rule.showRetired')}</label>
        </Flex>
      </Flex>
      <Table<ObligationRule>
        data-testid="rule-list"
        rowKey="id"
        size="middle"
        loading={rules.isFetching}
        dataSource={rules.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: t('obligation.rule.empty') }}
        onRow={(rule) =>
          ({ 'data-testid': 'rule-row', 'data-id': rule.id }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('obligation.rule.title'),
            key: 'title',
            render: (_, rule) => (
              <Flex vertical>
                <span>
                  {rule.title} {rule.retired && <Tag>{t('obligation.rule.retired')}</Tag>}
                </span>
                {rule.basis && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {rule.basis}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('obligation.rule.kind'),
            key: 'kind',
            render: (_, rule) => t(`obligation.kind.${rule.kind}`),
          },
          {
            title: t('obligation.rule.frequency'),
            key: 'frequency',
            render: (_, rule) =>
              t('obligation.rule.frequencyText', {
                period: t(`obligation.period.${rule.period}`),
                count: rule.minCount,
              }),
          },
          {
            title: t('obligation.rule.dueMonthDay'),
            key: 'due',
            render: (_, rule) => rule.dueMonthDay ?? t('obligation.rule.endOfPeriod'),
          },
          {
            title: t('obligation.rule.appliesTo'),
            key: 'appliesTo',
            render: (_, rule) =>
              [
                ...rule.appliesTo.map((type) => t(`organization.type.${type}`)),
                ...(rule.includeIssuer ? [t('obligation.rule.issuerToo')] : []),
              ].join(punctuation(t).listSeparator),
          },
          {
            title: t('obligation.rule.accountableRole'),
            key: 'accountable',
            render: (_, rule) =>
              `${t(`duty.role.${rule.accountableRole}`)}${rule.perHolderRole ? ` · ${t('obligation.rule.perHolder', { role: t(`duty.role.${rule.perHolderRole}`) })}` : ''}`,
          },
          {
            title: t('obligation.rule.issuer'),
            key: 'issuer',
            render: (_, rule) => rule.issuer.name,
          },
          {
            title: t('obligation.rule.validity'),
            key: 'validity',
            render: (_, rule) =>
              `${formatDate(rule.validFrom)} ~ ${rule.validTo ? formatDate(rule.validTo) : t('obligation.rule.open')}`,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, rule) => (
              <RuleRowActions
                rule={rule}
                onEdit={() => setEditing(rule)}
                onRetire={() => setRetiring(rule)}
              />
            ),
          },
        ]}
      />
      {editing && (
        <RuleFormModal
          rule={editing === 'new' ? undefined : editing}
          defaultIssuer={issuer ?? me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId}
          onClose={() => setEditing(null)}
        />
      )}
      {retiring && (
        <ReasonModal
          title={t('obligation.rule.retireTitle', { title: retiring.title })}
          okText={t('obligation.rule.retire')}
          danger
          hint={t('obligation.rule.retireHint')}
          name="retire-rule"
          testId="retire-rule-form"
          reason={{
            label: t('obligation.rule.retireReason'),
            requiredMessage: t('obligation.form.required', { field: t('obligation.rule.retireReason') }),
          }}
          pending={retire.isPending}
          onCancel={() => setRetiring(null)}
          onSubmit={async ({ reason }) => {
            await retire.mutateAsync({
              id: retiring.id,
              body: { reason: reason!, version: retiring.version },
            });
            void message.success(t('obligation.rule.retiredDone', { title: retiring.title }));
            setRetiring(null);
          }}
        />
      )}
    </Card>
  );
}
