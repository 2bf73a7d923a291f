import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelRef } from '@/lib/api-types';
import { useChannels } from '../api/list-channels';
import { withNote } from '@/lib/punctuation';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Only the channels this organization owns (not those of its subtree). */
  organizationId: number;
  /** Label for the current value (e.g. a closed channel no longer offered). */
  initialOption?: ChannelRef | null;
  style?: React.CSSProperties;
}

/** Picks one of an organization's own channels that is not closed. */
export function ChannelSelect({ id, value, onChange, organizationId, initialOption, style }: Props) {
  const { t } = useTranslation();
  const { data, isFetching } = useChannels({ under: organizationId, size: 500 });
  const options = (data?.items ?? [])
    .filter((channel) => channel.organization.id === organizationId && channel.status !== 'CLOSED')
    .map((channel) => ({
      value: channel.id,
      label: withNote(t, channel.name, t(`channel.type.${channel.type}`)),
    }));
  if (initialOption && !options.some((option) => option.value === initialOption.id)) {
    options.unshift({
      value: initialOption.id,
      label: withNote(t, initialOption.name, t(`channel.type.${initialOption.type}`)),
    });
  }
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      allowClear
      loading={isFetching}
      placeholder={t('channel.form.pickChannel')}
      notFoundContent={t('channel.form.noChannel')}
      options={options}
      style={{ minWidth: 200, ...style }}
    />
  );
}
