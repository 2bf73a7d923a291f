import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import { isApiProblem } from '@/lib/problem';
import {
  useDeleteWebhookSubscription,
  useRotateWebhookSecret,
  useUpdateWebhookSubscription,
} from '../api/save-webhook-subscription';
import { webhookKeys } from '../api/keys';
import type { WebhookSubscription } from '../api/types';

interface Props {
  subscription: WebhookSubscription;
  onEdit: () => void;
  /** After rotate-secret: the answer that holds the new secret. */
  onRotated?: (saved: WebhookSubscription) => void;
  onDeleted?: () => void;
  size?: 'small' | 'middle';
}

/** Edit, deactivate/activate, rotate the secret (when onRotated is given) and delete, with confirmations. */
export function SubscriptionActions({ subscription, onEdit, onRotated, onDeleted, size = 'small' }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useUpdateWebhookSubscription();
  const remove = useDeleteWebhookSubscription();
  const rotate = useRotateWebhookSecret();
  const link = size === 'small' ? 'link' : 'default';

  function failed(error: unknown) {
    if (isApiProblem(error) && error.isVersionConflict) {
      void message.error(t('integration.versionConflict'));
      // load the other change, so that the next try is based on it
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
    } else showProblem(error, message);
  }

  async function setActive(active: boolean) {
    try {
      await update.mutateAsync({ id: subscription.id, body: { version: subscription.version, active } });
      void message.success(t(active ? 'integration.done.activated' : 'integration.done.deactivated'));
    } catch (error) {
      failed(error);
    }
  }

  async function doDelete() {
    try {
      await remove.mutateAsync(subscription.id);
      void message.success(t('integration.done.deleted'));
      onDeleted?.();
    } catch (error) {
      failed(error);
    }
  }

  async function doRotate() {
    try {
      onRotated?.(await rotate.mutateAsync({ id: subscription.id, version: subscription.version }));
    } catch (error) {
      failed(error);
    }
  }

  return (
    <Space size={size === 'small' ? 0 : 8} wrap>
      <Button type={link} size={size} onClick={onEdit}>
        {t('integration.action.edit')}
      </Button>
      {subscription.active ? (
        <Popconfirm
          title={t('integration.confirm.deactivate')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => setActive(false)}
        >
          <Button type={link} size={size} loading={update.isPending}>
            {t('integration.action.deactivate')}
          </Button>
        </Popconfirm>
      ) : (
        <Button type={link} size={size} loading={update.isPending} onClick={() => void setActive(true)}>
          {t('integration.action.activate')}
        </Button>
      )}
      {onRotated && (
        <Popconfirm
          title={t('integration.confirm.rotate')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={doRotate}
        >
          <Button type={link} size={size} loading={rotate.isPending}>
            {t('integration.action.rotate')}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t('integration.confirm.delete')}
        okText={t('common.confirm')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={doDelete}
      >
        <Button type={link} size={size} danger loading={remove.isPending}>
          {t('integration.action.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
