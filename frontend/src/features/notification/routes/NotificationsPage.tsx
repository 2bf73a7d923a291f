import { Badge, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryError } from '@/components/QueryError';
import type { Notification } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useNotifications } from '../api/list-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { MarkReadButton } from '../components/MarkReadButton';

/** The most the server lists at once. */
const LIMIT = 500;

type Show = 'all' | 'unread';

/** Unread ones first; within each group the newest first, as the server sends them. */
export function unreadFirst(items: Notification[]): Notification[] {
  return [...items.filter((item) => !item.readAt), ...items.filter((item) => item.readAt)];
}

/** 我的通知: every notification of the signed-in person, unread first, with mark-read and a link to the subject. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [show, setShow] = useState<Show>('all');
  const notifications = useNotifications(LIMIT, true, show === 'unread');
  const markRead = useMarkNotificationRead();
  const items = unreadFirst(notifications.data?.items ?? []);

  if (notifications.isError)
    return <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />;

  function open(item: Notification) {
    if (!item.readAt) markRead.mutate(item.id);
    if (item.link) navigate(item.link);
  }

  return (
    <Card
      title={
        <Space>
          {t('notification.pageTitle')}
          <Badge count={notifications.data?.unreadCount ?? 0} overflowCount={999} />
        </Space>
      }
      extra={
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: t('notification.showAll') },
            { value: 'unread', label: t('notification.showUnread') },
          ]}
        />
      }
    >
      <List<Notification>
        data-testid="notification-page-list"
        loading={notifications.isLoading}
        dataSource={items}
        locale={{ emptyText: t(show === 'unread' ? 'notification.noUnread' : 'notification.empty') }}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        renderItem={(item) => (
          <List.Item
            data-testid="notification"
            data-read={item.readAt ? 'true' : 'false'}
            actions={
              item.readAt
                ? [
                    <Typography.Text key="read" type="secondary">
                      {t('notification.readAt', { time: formatDateTime(item.readAt) })}
                    </Typography.Text>,
                  ]
                : [<MarkReadButton key="read" id={item.id} markRead={markRead} />]
            }
          >
            <List.Item.Meta
              avatar={<Badge status={item.readAt ? 'default' : 'processing'} />}
              title={
                <Space size={8} wrap>
                  <Tag>{t(`notification.type.${item.type}`, { defaultValue: item.type })}</Tag>
                  {item.link ? (
                    <Typography.Link strong={!item.readAt} onClick={() => open(item)}>
                      {item.title}
                    </Typography.Link>
                  ) : (
                    <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                  )}
                </Space>
              }
              description={formatDateTime(item.createdAt)}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
