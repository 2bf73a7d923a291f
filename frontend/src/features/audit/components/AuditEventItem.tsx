import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/lib/api-types';
import { ChangesTable } from './ChangesTable';
import { actionName, describeEvent } from './describe-event';

/** One event as a sentence, with the action's name and the fields it changed; the names come with the event. */
export function AuditEventItem({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="audit-event"
      data-seq={event.seq}
      data-action={event.action}
      title={<Typography.Text strong>{describeEvent(event, t)}</Typography.Text>}
      extra={
        <Space size={4}>
          <Tag>{actionName(event.action, t)}</Tag>
          <Typography.Text type="secondary">{t('audit.seq', { seq: event.seq })}</Typography.Text>
        </Space>
      }
    >
      <ChangesTable event={event} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: event.hash }}>
        hash {event.hash.slice(0, 16)}…
      </Typography.Text>
    </Card>
  );
}
