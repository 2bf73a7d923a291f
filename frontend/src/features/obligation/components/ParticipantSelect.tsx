import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '@/features/person';
import { useDebounced } from '@/lib/use-debounced';
import type { PersonRef } from '../api/types';
import { withNote } from '@/lib/punctuation';

interface Props {
  id?: string;
  organizationId: number;
  value?: number[];
  onChange?: (value: number[]) => void;
  /** People already on the record, named before any search has loaded them. */
  known?: PersonRef[];
  /** The chosen people with their names, so the decisions can name them. */
  onPicked?: (people: PersonRef[]) => void;
}

/** The organization's people, several at once, searched by name on the server. */
export function ParticipantSelect({ id, organizationId, value, onChange, known, onPicked }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = usePeople({ organization: organizationId, q: q || undefined, size: 50 });
  // Names of everyone chosen so far: a later search that does not find them still shows them.
  const [chosen, setChosen] = useState<Map<number, PersonRef>>(
    () => new Map((known ?? []).map((person) => [person.id, person])),
  );

  const options = useMemo(() => {
    const found = data?.items ?? [];
    const foundIds = new Set(found.map((person) => person.id));
    return [
      ...(value ?? [])
        .filter((personId) => !foundIds.has(personId) && chosen.has(personId))
        .map((personId) => ({
          value: personId,
          label: chosen.get(personId)!.name,
          name: chosen.get(personId)!.name,
        })),
      ...found.map((person) => ({
        value: person.id,
        label: person.post ? withNote(t, person.name, person.post) : person.name,
        name: person.name,
      })),
    ];
  }, [data, chosen, value, t]);

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      data-testid="participant-select"
      showSearch={{ onSearch: setSearch, filterOption: false }}
      value={value ?? []}
      onChange={(next) => {
        const names = new Map(chosen);
        for (const option of options) names.set(option.value, { id: option.value, name: option.name });
        setChosen(names);
        setSearch('');
        onChange?.(next);
        onPicked?.(next.map((personId) => names.get(personId) ?? { id: personId, name: `#${personId}` }));
      }}
      loading={isFetching}
      placeholder={t('obligation.fulfilment.pickParticipants')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
