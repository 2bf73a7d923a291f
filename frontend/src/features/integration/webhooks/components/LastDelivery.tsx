import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useWebhookDeliveries } from '../api/list-webhook-deliveries';
import { DeliveryStatusTag } from './DeliveryStatusTag';

/** The newest delivery of a subscription: its state, response code and time. */
export function LastDelivery({ subscriptionId }: { subscriptionId: number }) {
  const { t } = useTranslation();
  const { data } = useWebhookDeliveries(subscriptionId);
  if (!data) return null;
  const last = data[0];
  if (!last) return <Typography.Text type="secondary">{t('integration.delivery.none')}</Typography.Text>;
  return (
    <Space size={4} data-testid="last-delivery">
      <DeliveryStatusTag delivery={last} />
      {last.lastResponseCode != null && <Typography.Text code>{last.lastResponseCode}</Typography.Text>}
      <Typography.Text type="secondary">
        {formatDateTime(last.deliveredAt ?? last.lastAttemptAt ?? last.createdAt)}
      </Typography.Text>
    </Space>
  );
}
