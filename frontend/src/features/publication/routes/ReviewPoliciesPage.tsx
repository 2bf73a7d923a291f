import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { ChannelSelect, useChannel } from '@/features/channel';
import { useAccess, useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import type { ReviewPolicy, ReviewStep } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useCreateReviewPolicy } from '../api/create-review-policy';
import { useEffectivePolicy } from '../api/get-effective-policy';
import { useReviewPolicies } from '../api/list-review-policies';
import { useUpdateReviewPolicy } from '../api/update-review-policy';
import { ReviewPolicyForm, type PolicyValues } from '../components/ReviewPolicyForm';
import { labelled, punctuation, withNote } from '@/lib/punctuation';

function Steps({ steps }: { steps: ReviewStep[] }) {
  const { t } = useTranslation();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {steps.map((step, index) => (
        <li key={index}>
          <Typography.Text strong>{step.name}</Typography.Text>
          {withNote(t, '', t(`duty.role.${step.role}`))}
          <Typography.Text type="secondary"> {step.checklist.join(punctuation(t).semicolon)}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}

function ChannelName({ id }: { id: number }) {
  const { data } = useChannel(id);
  return <>{data?.name ?? `#${id}`}</>;
}

type Editing =
  { kind: 'create' } | { kind: 'createForChannel' } | { kind: 'edit'; policy: ReviewPolicy } | null;

/** 审核流程: the policy in force for an organization, its own and its channels' policies, and their editor. */
export default function ReviewPoliciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const access = useAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const organizationId = Number(searchParams.get('organizationId')) || me?.scope[0]?.organizationId;
  const effective = useEffectivePolicy(organizationId);
  const policies = useReviewPolicies(organizationId);
  const create = useCreateReviewPolicy();
  const update = useUpdateReviewPolicy();
  const [editing, setEditing] = useState<Editing>(null);
  const [channelId, setChannelId] = useState<number | undefined>();
  const own = policies.data?.find(
    (policy) => policy.organization.id === organizationId && policy.channelId == null,
  );
  const canEdit = access.isAdmin || access.canManageChannels;

  if (effective.isError)
    return <QueryError error={effective.error} onRetry={() => void effective.refetch()} />;

  async function save(values: PolicyValues) {
    if (editing?.kind === 'edit') {
      await update.mutateAsync({
        id: editing.policy.id,
        body: { version: editing.policy.version, ...values },
      });
    } else if (organizationId) {
      if (editing?.kind === 'createForChannel' && !channelId) {
        void message.error(t('publication.policy.pickChannel'));
        return;
      }
      await create.mutateAsync({
        organizationId,
        ...(editing?.kind === 'createForChannel' ? { channelId } : {}),
        ...values,
      });
    }
    void message.success(t('publication.policy.saved'));
    setEditing(null);
  }

  const seed: PolicyValues | undefined =
    editing?.kind === 'edit'
      ? {
          steps: editing.policy.steps,
          allowSamePersonMultipleSteps: editing.policy.allowSamePersonMultipleSteps,
        }
      : editing && effective.data
        ? {
            steps: effective.data.steps,
            allowSamePersonMultipleSteps: effective.data.allowSamePersonMultipleSteps,
          }
        : undefined;

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('publication.policy.title')}
        extra={
          <OrganizationSelect
            aria-label={t('publication.field.organization')}
            value={organizationId}
            allowClear={false}
            onChange={(id) => {
              setEditing(null);
              setSearchParams(id ? { organizationId: String(id) } : {});
            }}
            style={{ width: 260 }}
          />
        }
      >
        {effective.data && (
          <Descriptions column={1} size="small" bordered data-testid="effective-policy">
            <Descriptions.Item label={t('publication.policy.source')}>
              <Tag>{t(`publication.policy.sourceKind.${effective.data.source}`)}</Tag>
              {effective.data.versionNumber != null &&
                t('publication.policy.versionNumber', { number: effective.data.versionNumber })}
            </Descriptions.Item>
            <Descriptions.Item label={t('publication.policy.steps')}>
              <Steps steps={effective.data.steps} />
            </Descriptions.Item>
            <Descriptions.Item label={t('publication.policy.allowSamePerson')}>
              {effective.data.allowSamePersonMultipleSteps ? t('common.yes') : t('common.no')}
            </Descriptions.Item>
          </Descriptions>
        )}
        {canEdit && !editing && (
          <Flex gap={8} style={{ marginTop: 16 }}>
            {own ? (
              <Button
                icon={<EditOutlined aria-hidden />}
                onClick={() => setEditing({ kind: 'edit', policy: own })}
              >
                {t('publication.policy.editOwn')}
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setEditing({ kind: 'create' })}
              >
                {t('publication.policy.createOwn')}
              </Button>
            )}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                setChannelId(undefined);
                setEditing({ kind: 'createForChannel' });
              }}
            >
              {t('publication.policy.createForChannel')}
            </Button>
          </Flex>
        )}
      </Card>
      {editing && seed && (
        <Card
          title={
            editing.kind === 'edit'
              ? t('publication.policy.editOwn')
              : editing.kind === 'createForChannel'
                ? t('publication.policy.createForChannel')
                : t('publication.policy.createOwn')
          }
        >
          <Typography.Paragraph type="secondary">{t('publication.policy.versionHint')}</Typography.Paragraph>
          {editing.kind === 'createForChannel' && organizationId && (
            <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
              <Typography.Text>{t('publication.field.channel')}</Typography.Text>
              <ChannelSelect organizationId={organizationId} value={channelId} onChange={setChannelId} />
            </Flex>
          )}
          <ReviewPolicyForm
            key={editing.kind === 'edit' ? editing.policy.id : editing.kind}
            initial={seed}
            saving={create.isPending || update.isPending}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </Card>
      )}
      <Card title={t('publication.policy.inSubtree')}>
        <List<ReviewPolicy>
          loading={policies.isPending}
          dataSource={policies.data ?? []}
          locale={{ emptyText: <Empty description={t('publication.policy.none')} /> }}
          renderItem={(policy) => (
            <List.Item
              actions={
                canEdit
                  ? [
                      <Button
                        key="edit"
                        type="link"
                        size="small"
                        onClick={() => setEditing({ kind: 'edit', policy })}
                      >
                        {t('common.edit')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    {policy.organization.name}
                    {policy.channelId != null && (
                      <>
                        {' · '}
                        <ChannelName id={policy.channelId} />
                      </>
                    )}{' '}
                    <Tag>{t('publication.policy.versionNumber', { number: policy.currentVersion })}</Tag>
                  </>
                }
                description={
                  <>
                    <Steps steps={policy.steps} />
                    <Typography.Text type="secondary">
                      {labelled(t, t('publication.field.updatedAt'), formatDateTime(policy.updatedAt))}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
