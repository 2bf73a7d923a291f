import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useNotifications } from '../api/list-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { MarkReadButton } from './MarkReadButton';

/** The bell in the header: the unread count, and the latest notifications with mark-read. */
export function NotificationBell({ enabled = true }: { enabled?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications(10, enabled);
  const markRead = useMarkNotificationRead();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  function openItem(item: Notification) {
    if (!item.readAt) markRead.mutate(item.id);
    setOpen(false);
    if (item.link) navigate(item.link);
  }

  const content = (
    <div style={{ width: 340, maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.empty')} />
      ) : (
        <List<Notification>
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              data-testid="notification"
              data-read={item.readAt ? 'true' : 'false'}
              actions={
                item.readAt
                  ? []
                  : [<MarkReadButton key="read" type="link" id={item.id} markRead={markRead} />]
              }
            >
              <List.Item.Meta
                title={
                  <Typography.Link
                    strong={!item.readAt}
                    onClick={() => openItem(item)}
                    style={{ color: item.readAt ? undefined : 'inherit' }}
                  >
                    {item.title}
                  </Typography.Link>
                }
                description={formatDateTime(item.createdAt)}
              />
            </List.Item>
          )}
        />
      )}
      <div style={{ textAlign: 'center', paddingTop: 8 }}>
        <Button
          type="link"
          size="small"
          data-testid="notification-view-all"
          onClick={() => {
            setOpen(false);
            navigate('/me/notifications');
          }}
        >
          {t('notification.viewAll')}
        </Button>
      </div>
    </div>
  );

  return (
    <Popover
      content={content}
      title={t('notification.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button
        type="text"
        data-testid="notification-bell"
        data-unread={unread}
        aria-label={t('notification.bell', { count: unread })}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined aria-hidden style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
