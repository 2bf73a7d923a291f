import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/lib/api-types';
import { ChangesTable } from './ChangesTable';
import { changeRows, describeEvent } from './describe-event';

interface Props {
  event: AuditEvent;
  actorName?: string | null;
  /** Present name of the organization or person, for events that did not record one. */
  entityName?: string | null;
}

export function AuditEventItem({ event, actorName, entityName }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="audit-event"
      data-seq={event.seq}
      title={<Typography.Text strong>{describeEvent(event, t, actorName, entityName)}</Typography.Text>}
      extra={
        <Space size={4}>
          <Tag>{event.action}</Tag>
          <Typography.Text type="secondary">{t('audit.seq', { seq: event.seq })}</Typography.Text>
        </Space>
      }
    >
      <ChangesTable rows={changeRows(event)} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: event.hash }}>
        hash {event.hash.slice(0, 16)}…
      </Typography.Text>
    </Card>
  );
}
