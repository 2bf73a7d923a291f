import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { WebhookSubscription } from '../api/types';

interface Props {
  /** The answer of create or rotate-secret: the only one that holds the secret. */
  subscription: WebhookSubscription;
  rotated?: boolean;
  onClose: () => void;
}

/** Shows a new signing secret once, with a copy button; closed only on purpose. */
export function SecretModal({ subscription, rotated = false, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('integration.secret.title')}
      mask={{ closable: false }}
      keyboard={false}
      closable={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('integration.secret.done')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('integration.secret.warning')}
        description={
          <>
            {t('integration.secret.warningDetail')}
            {rotated && subscription.previousSecretValidUntil && (
              <div>
                {t('integration.secret.rotatedDetail', {
                  until: formatDateTime(subscription.previousSecretValidUntil),
                })}
              </div>
            )}
          </>
        }
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph
        code
        data-testid="webhook-secret"
        copyable={{
          text: subscription.secret ?? '',
          tooltips: [t('integration.secret.copy'), t('integration.secret.copied')],
        }}
        style={{ wordBreak: 'break-all', fontSize: 14 }}
      >
        {subscription.secret}
      </Typography.Paragraph>
    </Modal>
  );
}
