import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import { OrganizationName } from './OrganizationName';

interface Props {
  id?: string;
  value?: number[];
  onChange?: (value: number[]) => void;
  disabled?: boolean;
}

/** 抄送单位: the organizations chosen, each removable, and a picker to add one more. */
export function CopiesField({ id, value = [], onChange, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap id={id} data-testid="copies-field">
      {value.map((organizationId) => (
        <Tag
          key={organizationId}
          closable={!disabled}
          onClose={() => onChange?.(value.filter((other) => other !== organizationId))}
        >
          <OrganizationName id={organizationId} />
        </Tag>
      ))}
      {!disabled && (
        <OrganizationSelect
          aria-label={t('report.field.copies')}
          placeholder={t('report.field.copies')}
          excludeIds={value}
          value={null}
          onChange={(organizationId) => {
            if (organizationId && !value.includes(organizationId)) onChange?.([...value, organizationId]);
          }}
          style={{ width: 220 }}
        />
      )}
    </Space>
  );
}
