import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useNotifications } from '../api/queries';
import { Block } from './Block';

const SHOWN = 5;

/** 最近通知: the newest notifications, unread ones marked. */
export function NotificationsBlock() {
  const { t } = useTranslation();
  const notifications = useNotifications(true, SHOWN);
  const items = notifications.data?.items ?? [];
  return (
    <Block
      id="notifications"
      title={t('home.notifications.title')}
      to="/me/notifications"
      loading={notifications.isPending}
      error={notifications.error}
      onRetry={() => void notifications.refetch()}
      count={notifications.data?.unreadCount}
      empty={t('home.notifications.empty')}
      lines={items.map((item) => ({
        key: item.id,
        title: (
          <Badge dot={!item.readAt} offset={[6, 0]}>
            {item.link ? <Link to={item.link}>{item.title}</Link> : item.title}
          </Badge>
        ),
        detail: formatDateTime(item.createdAt),
      }))}
    />
  );
}
