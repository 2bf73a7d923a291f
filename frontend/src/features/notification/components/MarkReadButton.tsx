import { Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { useMarkNotificationRead } from '../api/mark-notification-read';

interface Props {
  id: number;
  /** The list's one mutation: its spinner shows on the item being marked. */
  markRead: ReturnType<typeof useMarkNotificationRead>;
  type?: ButtonProps['type'];
}

/** 标为已读 for one notification (the bell and the 我的通知 page). */
export function MarkReadButton({ id, markRead, type }: Props) {
  const { t } = useTranslation();
  return (
    <Button
      type={type}
      size="small"
      onClick={() => markRead.mutate(id)}
      loading={markRead.isPending && markRead.variables === id}
    >
      {t('notification.markRead')}
    </Button>
  );
}
