import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Organization } from '@/lib/api-types';
import { useDebounced } from '@/lib/use-debounced';
import { useOrganization } from '../api/get-organization';
import { useOrganizations } from '../api/list-organizations';
import { withNote } from '@/lib/punctuation';

export interface OrganizationOption {
  id: number;
  name: string;
  code?: string;
  /** Ancestors and itself, for the option's tooltip. */
  path?: string;
  /** Text the server matched on (name, short name, code). */
  searchText?: string;
}

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined, organization?: OrganizationOption) => void;
  /** Restricts the choice to this subtree. */
  under?: number;
  /** Leaves these organizations out (e.g. the one being moved). */
  excludeIds?: number[];
  /** Label for the current value before any search has loaded it. */
  initialOption?: OrganizationOption | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

function label(org: OrganizationOption, t: TFunction): string {
  return org.code ? withNote(t, org.name, org.code) : org.name;
}

function pathText(org: Organization): string {
  return [...org.path.map((ancestor) => ancestor.name), org.name].join(' / ');
}

/** Picks one organization by typing part of its name or code (searched on the server). */
export function OrganizationSelect({
  id,
  value,
  onChange,
  under,
  excludeIds,
  initialOption,
  placeholder,
  allowClear = true,
  style,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = useOrganizations({ q: q || undefined, under, size: 20 });
  const [picked, setPicked] = useState<OrganizationOption | null>(null);
  const knownValue = value != null && [picked, initialOption].some((option) => option?.id === value);
  const inResults = value != null && !!data?.items.some((org) => org.id === value);
  // A value set from outside (the address bar, a saved record) is named by looking it up.
  const { data: valueOrg } = useOrganization(value != null && !knownValue && !inResults ? value : undefined);

  const choices = useMemo(() => {
    const found: OrganizationOption[] = (data?.items ?? [])
      .filter((org) => !excludeIds?.includes(org.id))
      .map((org) => ({
        id: org.id,
        name: org.name,
        code: org.code,
        path: pathText(org),
        searchText: [org.name, org.shortName, org.code].filter(Boolean).join(' '),
      }));
    const fetched = valueOrg ? { id: valueOrg.id, name: valueOrg.name, code: valueOrg.code } : null;
    const known = [picked, initialOption, fetched].find((option) => option && option.id === value);
    if (known && !found.some((option) => option.id === known.id)) found.unshift(known);
    return found;
  }, [data, excludeIds, initialOption, picked, value, valueOrg]);
  const options = choices.map((org) => ({
    value: org.id,
    label: label(org, t),
    title: org.path ?? label(org, t),
    search: (org.searchText ?? label(org, t)).toLowerCase(),
  }));

  return (
    <Select<number>
      id={id}
      aria-label={rest['aria-label']}
      // The server searches; filtering here too hides the previous answer while the next one loads.
      showSearch={{
        onSearch: setSearch,
        filterOption: (input, option) => !!option?.search.includes(input.trim().toLowerCase()),
      }}
      allowClear={allowClear}
      value={value ?? undefined}
      placeholder={placeholder ?? t('organization.form.pickOrganization')}
      loading={isFetching}
      style={{ minWidth: 240, ...style }}
      options={options}
      onChange={(next) => {
        const organization = choices.find((option) => option.id === next);
        if (organization) setPicked(organization);
        setSearch('');
        onChange?.(next ?? undefined, organization);
      }}
    />
  );
}
