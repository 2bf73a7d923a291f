import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery } from '../api/types';

const COLORS: Record<string, string> = {
  PENDING: 'processing',
  RETRYING: 'warning',
  DELIVERED: 'success',
  FAILED: 'error',
};

/** A pending delivery that has already failed once is "retrying". */
export function deliveryState(delivery: Pick<WebhookDelivery, 'status' | 'attempts'>): string {
  return delivery.status === 'PENDING' && delivery.attempts > 0 ? 'RETRYING' : delivery.status;
}

export function DeliveryStatusTag({ delivery }: { delivery: Pick<WebhookDelivery, 'status' | 'attempts'> }) {
  const { t } = useTranslation();
  const state = deliveryState(delivery);
  return (
    <Tag color={COLORS[state]} data-testid="delivery-status" data-status={state}>
      {t(`integration.delivery.statusName.${state}`, { defaultValue: state })}
    </Tag>
  );
}
