import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '@/features/person';
import { useDebounced } from '@/lib/use-debounced';

interface Props {
  id?: string;
  value?: number[];
  onChange?: (value: number[]) => void;
  /** Looks for people in this organization's subtree (the inspecting organization's). */
  under?: number;
  /** Names of people already chosen (an existing plan's team), before any search has loaded them. */
  known?: { personId: number; name: string }[];
  'aria-label'?: string;
}

/** 督查组成员: several people, found by typing part of a name. */
export function TeamSelect({ id, value, onChange, under, known = [], ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const people = usePeople({ q: q || undefined, under, size: 20 });
  const [names, setNames] = useState<Map<number, string>>(
    () => new Map(known.map((p) => [p.personId, p.name])),
  );

  const options = useMemo(() => {
    const found = (people.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }));
    for (const chosen of value ?? []) {
      if (!found.some((option) => option.value === chosen))
        found.push({ value: chosen, label: names.get(chosen) ?? `#${chosen}` });
    }
    return found;
  }, [people.data, value, names]);

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setSearch}
      loading={people.isFetching}
      placeholder={t('inspection.plan.teamPlaceholder')}
      value={value}
      onChange={(next, chosen) => {
        const more = new Map(names);
        for (const option of [chosen].flat())
          if (option && 'label' in option) more.set(option.value as number, String(option.label));
        setNames(more);
        onChange?.(next);
      }}
      options={options}
      aria-label={rest['aria-label']}
    />
  );
}
