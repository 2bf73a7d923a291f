import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObligationPeriod } from '../api/types';
import { parsePeriodKey, periodKeyOf, periodKeysOf, periodLabel, PERIODS, shiftPeriod } from './periods';

interface Props {
  value: string;
  onChange: (key: string) => void;
  /** The day the kind switch keeps (today): switching kind lands on the period holding it. */
  today: string;
}

/** Picks a period key: its kind (month, quarter, half, year), the year, which one; arrows step through. */
export function PeriodPicker({ value, onChange, today }: Props) {
  const { t } = useTranslation();
  const parts = parsePeriodKey(value) ?? parsePeriodKey(periodKeyOf('QUARTER', today))!;
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

  return (
    <Space.Compact data-testid="period-picker" data-period={value}>
      <Button
        aria-label={t('obligation.period.previous')}
        icon={<LeftOutlined aria-hidden />}
        onClick={() => onChange(shiftPeriod(value, -1) ?? value)}
      />
      <Select<ObligationPeriod>
        aria-label={t('obligation.period.kind')}
        value={parts.period}
        style={{ width: 90 }}
        onChange={(period) => {
          const sameYear = today.slice(0, 4) === String(parts.year) ? today : `${parts.year}-01-01`;
          onChange(periodKeyOf(period, sameYear));
        }}
        options={PERIODS.map((period) => ({ value: period, label: t(`obligation.periodKind.${period}`) }))}
      />
      <Select<string>
        aria-label={t('obligation.period.which')}
        value={value}
        style={{ width: 170 }}
        onChange={onChange}
        options={years.flatMap((year) =>
          periodKeysOf(parts.period, year).map((key) => ({ value: key, label: periodLabel(key, t) })),
        )}
      />
      <Button
        aria-label={t('obligation.period.next')}
        icon={<RightOutlined aria-hidden />}
        onClick={() => onChange(shiftPeriod(value, 1) ?? value)}
      />
    </Space.Compact>
  );
}
