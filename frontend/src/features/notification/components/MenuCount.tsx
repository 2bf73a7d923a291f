import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyCounts } from '@/lib/api-types';
import { useMyCounts } from '../api/my-counts';

/** The counters a menu entry may show: those of /me/counts. */
export type CountKey = keyof MyCounts;

/** A menu entry's label with the number of what waits there (待我审核 3); nothing when none waits. */
export function MenuCount({ label, count }: { label: string; count: CountKey }) {
  const { t } = useTranslation();
  const counts = useMyCounts();
  const value = counts.data?.[count] ?? 0;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {label}
      {value > 0 && (
        <Badge
          count={value}
          size="small"
          overflowCount={99}
          data-testid={`menu-count-${count}`}
          aria-label={t('notification.waiting', { count: value })}
        />
      )}
    </span>
  );
}
