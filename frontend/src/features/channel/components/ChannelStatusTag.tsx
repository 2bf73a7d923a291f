import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelStatus } from '@/lib/api-types';

const COLORS: Record<ChannelStatus, string | undefined> = {
  PENDING_LAUNCH: 'gold',
  ACTIVE: 'green',
  CLOSED: undefined,
};

export function ChannelStatusTag({ status }: { status: ChannelStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`channel.status.${status}`)}</Tag>;
}
