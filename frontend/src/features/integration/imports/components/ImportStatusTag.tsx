import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../api/types';

const COLORS: Record<ImportStatus, string | undefined> = {
  VALIDATING: 'processing',
  VALID: 'blue',
  INVALID: 'red',
  COMMITTING: 'processing',
  COMMITTED: 'green',
  FAILED: 'red',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`import.status.${status}`)}
    </Tag>
  );
}
