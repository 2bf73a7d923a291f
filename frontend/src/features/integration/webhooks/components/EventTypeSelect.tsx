import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { KNOWN_EVENT_TYPES, eventLabelKey } from '../event-types';
import { withNote } from '@/lib/punctuation';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** The known events by name, and any other pattern typed in (organization.created, duty.*, *). */
export function EventTypeSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Select<string[]>
      id={id}
      mode="tags"
      value={value}
      onChange={(next) => onChange?.(next.map((pattern) => pattern.trim()).filter(Boolean))}
      tokenSeparators={[',', ' ', '，']}
      placeholder={t('integration.placeholder.eventTypes')}
      options={KNOWN_EVENT_TYPES.map((pattern) => ({
        value: pattern,
        label: withNote(t, t(eventLabelKey(pattern)), pattern),
      }))}
      data-testid="event-type-select"
    />
  );
}

/** A pattern as a short tag text: the name when known, else the pattern itself. */
export function useEventTypeLabel() {
  const { t } = useTranslation();
  return (pattern: string) => t(eventLabelKey(pattern), { defaultValue: pattern });
}
