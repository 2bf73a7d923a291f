import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicationStatus } from '@/lib/api-types';

const COLORS: Record<PublicationStatus, string | undefined> = {
  DRAFT: undefined,
  IN_REVIEW: 'processing',
  APPROVED: 'cyan',
  PUBLISHED: 'green',
  RETRACTED: 'red',
};

export function PublicationStatusTag({ status }: { status: PublicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="publication-status" data-status={status}>
      {t(`publication.status.${status}`)}
    </Tag>
  );
}
