import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { showProblem } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useWebhookSubscription } from '../api/get-webhook-subscription';
import { useWebhookDeliveries } from '../api/list-webhook-deliveries';
import { useRedeliver } from '../api/redeliver';
import type { WebhookDelivery, WebhookSubscription } from '../api/types';
import { DeliveryStatusTag } from '../components/DeliveryStatusTag';
import { OrganizationName } from '../components/OrganizationName';
import { SecretModal } from '../components/SecretModal';
import { SubscriptionActions } from '../components/SubscriptionActions';
import { WebhookFormModal } from '../components/WebhookFormModal';
import { ActiveTag, EventTypeTags } from './WebhooksPage';
import { deliveryErrorText } from '../delivery-error';

function DeliveryLog({ subscriptionId }: { subscriptionId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Refreshes on its own, so a change shows up here while the page is open.
  const deliveries = useWebhookDeliveries(subscriptionId, { refetchInterval: 10 * 1000 });
  const redeliver = useRedeliver();

  async function send(delivery: WebhookDelivery) {
    try {
      await redeliver.mutateAsync(delivery.id);
      void message.success(t('integration.done.redelivered'));
    } catch (error) {
      showProblem(error, message);
    }
  }

  const time = (value?: string | null) => (value ? formatDateTime(value) : '—');

  return (
    <Card
      title={t('integration.delivery.title')}
      extra={
        <Button
          icon={<ReloadOutlined aria-hidden />}
          loading={deliveries.isFetching}
          onClick={() => void deliveries.refetch()}
        >
          {t('integration.action.refresh')}
        </Button>
      }
    >
      {deliveries.isError ? (
        <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : (
        <Table<WebhookDelivery>
          data-testid="webhook-deliveries"
          rowKey="id"
          size="small"
          loading={deliveries.isLoading}
          dataSource={deliveries.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('integration.delivery.empty') }}
          scroll={{ x: true }}
          onRow={(row) => ({ 'data-testid': 'webhook-delivery', 'data-event': row.eventType }) as object}
          columns={[
            {
              title: t('integration.delivery.eventType'),
              dataIndex: 'eventType',
              render: (eventType: string, row) => (
                <Typography.Text code title={`${t('integration.delivery.messageId')}: ${row.messageId}`}>
                  {eventType}
                </Typography.Text>
              ),
            },
            {
              title: t('integration.delivery.status'),
              key: 'status',
              render: (_, row) => <DeliveryStatusTag delivery={row} />,
            },
            { title: t('integration.delivery.attempts'), dataIndex: 'attempts', align: 'right' },
            {
              title: t('integration.delivery.responseCode'),
              dataIndex: 'lastResponseCode',
              render: (code?: number | null) => code ?? '—',
            },
            {
              title: t('integration.delivery.lastError'),
              dataIndex: 'lastError',
              ellipsis: { showTitle: true },
              render: (error?: string | null) => (error ? deliveryErrorText(error) : '—'),
            },
            { title: t('integration.delivery.createdAt'), dataIndex: 'createdAt', render: time },
            { title: t('integration.delivery.lastAttemptAt'), dataIndex: 'lastAttemptAt', render: time },
            {
              title: `${t('integration.delivery.deliveredAt')} / ${t('integration.delivery.nextAttemptAt')}`,
              key: 'when',
              render: (_, row) => time(row.deliveredAt ?? row.nextAttemptAt),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, row) => (
                <Button
                  type="link"
                  size="small"
                  loading={redeliver.isPending && redeliver.variables === row.id}
                  onClick={() => void send(row)}
                >
                  {t('integration.action.redeliver')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** One subscription: its settings and actions, and its delivery log with redelivery. */
export default function WebhookPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const subscription = useWebhookSubscription(id);
  const [editing, setEditing] = useState(false);
  const [rotated, setRotated] = useState<WebhookSubscription | null>(null);

  if (subscription.isError)
    return <QueryError error={subscription.error} onRetry={() => void subscription.refetch()} />;
  if (!subscription.data) return <PageSpin />;
  const s = subscription.data;

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('integration.title')}
        data-testid="webhook-detail"
        extra={
          <SubscriptionActions
            subscription={s}
            size="middle"
            onEdit={() => setEditing(true)}
            onRotated={setRotated}
            onDeleted={() => navigate('/webhooks')}
          />
        }
      >
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('integration.field.url')}>
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {s.url}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('integration.field.eventTypes')}>
            <EventTypeTags eventTypes={s.eventTypes} />
          </Descriptions.Item>
          <Descriptions.Item label={t('integration.field.organization')}>
            <OrganizationName id={s.organizationId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('integration.field.active')}>
            <ActiveTag active={s.active} />
          </Descriptions.Item>
          {s.description && (
            <Descriptions.Item label={t('integration.field.description')}>{s.description}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('integration.field.createdAt')}>
            {formatDateTime(s.createdAt)}
          </Descriptions.Item>
          {s.previousSecretValidUntil && (
            <Descriptions.Item label={t('integration.field.previousSecretValidUntil')}>
              {formatDateTime(s.previousSecretValidUntil)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <DeliveryLog subscriptionId={s.id} />
      {editing && (
        <WebhookFormModal
          mode={{ kind: 'edit', subscription: s }}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      {rotated && <SecretModal subscription={rotated} rotated onClose={() => setRotated(null)} />}
    </Flex>
  );
}
