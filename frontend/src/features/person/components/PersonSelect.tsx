import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '@/lib/use-debounced';
import { usePeople } from '../api/list-people';
import { withNote } from '@/lib/punctuation';

export interface PersonOption {
  id: number;
  name: string;
  post?: string | null;
  username?: string | null;
}

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined, person?: PersonOption) => void;
  /** Looks for people in this organization's subtree. */
  under?: number;
  initialOption?: PersonOption | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}

function label(person: PersonOption, t: TFunction): string {
  return person.post ? withNote(t, person.name, person.post) : person.name;
}

/** Picks one person by typing part of the name (searched on the server). */
export function PersonSelect({
  id,
  value,
  onChange,
  under,
  initialOption,
  placeholder,
  allowClear = true,
  style,
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = usePeople({ q: q || undefined, under, size: 20 });
  const [picked, setPicked] = useState<PersonOption | null>(null);

  const choices = useMemo(() => {
    const found: PersonOption[] = (data?.items ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      post: p.post,
      username: p.username,
    }));
    const known = [picked, initialOption].find((option) => option && option.id === value);
    if (known && !found.some((option) => option.id === known.id)) found.unshift(known);
    return found;
  }, [data, initialOption, picked, value]);

  return (
    <Select<number>
      id={id}
      // The server searches; filtering here too hides the previous answer while the next one loads.
      showSearch={{
        onSearch: setSearch,
        filterOption: (input, option) => !!option?.search.includes(input.trim().toLowerCase()),
      }}
      allowClear={allowClear}
      value={value ?? undefined}
      placeholder={placeholder ?? t('person.form.pickPerson')}
      loading={isFetching}
      style={{ minWidth: 200, ...style }}
      options={choices.map((person) => ({
        value: person.id,
        label: label(person, t),
        search: [person.name, person.post, person.username].filter(Boolean).join(' ').toLowerCase(),
      }))}
      onChange={(next) => {
        const person = choices.find((option) => option.id === next);
        if (person) setPicked(person);
        setSearch('');
        onChange?.(next ?? undefined, person);
      }}
    />
  );
}
