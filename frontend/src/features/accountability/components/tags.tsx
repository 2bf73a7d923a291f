import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, Responsibility } from '../api/types';

const STATUS_COLORS: Record<CaseStatus, string> = {
  DRAFT: 'default',
  UNDER_REVIEW: 'processing',
  DECIDED: 'orange',
  FILED_UPWARD: 'purple',
  CLOSED: 'green',
};

const RESPONSIBILITY_COLORS: Record<Responsibility, string> = {
  MAIN_LEADERSHIP: 'red',
  IMPORTANT_LEADERSHIP: 'volcano',
  DIRECT: 'orange',
  NONE: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="case-status" data-status={status}>
      {t(`accountability.status.${status}`)}
    </Tag>
  );
}

export function ResponsibilityTag({ responsibility }: { responsibility: Responsibility }) {
  const { t } = useTranslation();
  return (
    <Tag color={RESPONSIBILITY_COLORS[responsibility]}>
      {t(`accountability.responsibility.${responsibility}`)}
    </Tag>
  );
}
