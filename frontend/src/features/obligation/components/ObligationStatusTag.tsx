import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObligationStatus } from '../api/types';
import { STATUS_COLORS } from './status';

export function ObligationStatusTag({ status }: { status: ObligationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="obligation-status" data-status={status}>
      {t(`obligation.status.${status}`)}
    </Tag>
  );
}
