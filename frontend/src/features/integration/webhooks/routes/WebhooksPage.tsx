import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useWebhookSubscriptions } from '../api/list-webhook-subscriptions';
import type { WebhookSubscription } from '../api/types';
import { useEventTypeLabel } from '../components/EventTypeSelect';
import { LastDelivery } from '../components/LastDelivery';
import { OrganizationName } from '../components/OrganizationName';
import { SecretModal } from '../components/SecretModal';
import { SubscriptionActions } from '../components/SubscriptionActions';
import { WebhookFormModal, type WebhookFormMode } from '../components/WebhookFormModal';

export function EventTypeTags({ eventTypes }: { eventTypes: string[] }) {
  const label = useEventTypeLabel();
  return (
    <Space size={[0, 4]} wrap>
      {eventTypes.map((pattern) => (
        <Tag key={pattern} title={pattern}>
          {label(pattern)}
        </Tag>
      ))}
    </Space>
  );
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={active ? 'green' : 'default'}>
      {t(active ? 'integration.status.active' : 'integration.status.inactive')}
    </Tag>
  );
}

/** 系统对接: the webhook subscriptions the user may manage, their last delivery, and the editor. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const subscriptions = useWebhookSubscriptions();
  const [editing, setEditing] = useState<WebhookFormMode | null>(null);
  const [created, setCreated] = useState<WebhookSubscription | null>(null);

  if (subscriptions.isError)
    return <QueryError error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />;

  return (
    <Card
      title={t('integration.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing({ kind: 'create' })}
        >
          {t('integration.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('integration.intro')}</Typography.Paragraph>
      <Table<WebhookSubscription>
        data-testid="webhook-subscriptions"
        rowKey="id"
        loading={subscriptions.isLoading}
        dataSource={subscriptions.data ?? []}
        pagination={{ hideOnSinglePage: true, pageSize: 20 }}
        locale={{ emptyText: t('integration.empty') }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('integration.field.url'),
            dataIndex: 'url',
            render: (url: string, row) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/webhooks/${row.id}`} style={{ wordBreak: 'break-all' }}>
                  {url}
                </Link>
                {row.description && <Typography.Text type="secondary">{row.description}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('integration.field.eventTypes'),
            dataIndex: 'eventTypes',
            render: (eventTypes: string[]) => <EventTypeTags eventTypes={eventTypes} />,
          },
          {
            title: t('integration.field.organization'),
            dataIndex: 'organizationId',
            render: (id?: number | null) => <OrganizationName id={id} />,
          },
          {
            title: t('integration.field.active'),
            dataIndex: 'active',
            render: (active: boolean) => <ActiveTag active={active} />,
          },
          {
            title: t('integration.field.lastDelivery'),
            key: 'lastDelivery',
            render: (_, row) => <LastDelivery subscriptionId={row.id} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, row) => (
              <SubscriptionActions
                subscription={row}
                onEdit={() => setEditing({ kind: 'edit', subscription: row })}
              />
            ),
          },
        ]}
      />
      {editing && (
        <WebhookFormModal
          mode={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            if (saved.secret) setCreated(saved);
          }}
        />
      )}
      {created && <SecretModal subscription={created} onClose={() => setCreated(null)} />}
    </Card>
  );
}
