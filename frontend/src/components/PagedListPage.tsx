import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Flex, Input, Table, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useStickyOffset } from '@/lib/sticky-offset';
import { QueryError } from './QueryError';

export const PAGE_SIZE = 20;

type ParamValue = string | number | null | undefined;

/**
 * A list's filters and page, kept in the address (?q=&under=&page=…) so a list can be linked
 * and comes back as it was. `update` sets the given filters (null or '' clears one) and goes
 * back to the first page unless it sets the page itself.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  function update(next: Record<string, ParamValue>) {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) continue;
      if (value === null || value === '') params.delete(key);
      else params.set(key, String(value));
    }
    if (!('page' in next)) params.delete('page');
    setSearchParams(params);
  }

  return {
    q: searchParams.get('q') ?? '',
    page: Math.max(0, Number(searchParams.get('page') ?? 0) || 0),
    size: PAGE_SIZE,
    /** A positive id (?under=10), or undefined. */
    id: (name: string) => Number(searchParams.get(name)) || undefined,
    /** One of the allowed values, or undefined. */
    oneOf: <T extends string>(name: string, choices: readonly T[]): T | undefined => {
      const value = searchParams.get(name);
      return choices.includes(value as T) ? (value as T) : undefined;
    },
    flag: (name: string) => searchParams.get(name) === '1',
    update,
  };
}

/** The search box of a list: typed freely, applied on Enter or the button. */
export function ListSearch({
  label,
  value,
  onSearch,
  width = 320,
}: {
  label: string;
  value: string;
  onSearch: (value: string | null) => void;
  width?: number;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <Input.Search
      allowClear
      style={{ maxWidth: width }}
      aria-label={label}
      placeholder={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onSearch={(next) => onSearch(next.trim() || null)}
    />
  );
}

interface Props<T> {
  title: ReactNode;
  extra?: ReactNode;
  /** The filter bar above the table. */
  filters: ReactNode;
  list: UseQueryResult<{ items: T[]; total: number }>;
  page: number;
  onPage: (page: number) => void;
  columns: TableColumnsType<T>;
  testId: string;
  emptyText?: string;
}

/**
 * The first column stays in view while a wide table scrolls sideways: it names the row (a title, a name).
 * A column that says where it sits keeps its place.
 */
export function withFixedFirstColumn<T>(columns: TableColumnsType<T>): TableColumnsType<T> {
  return columns.map((column, index) =>
    index === 0 && column.fixed === undefined ? { ...column, fixed: 'left' } : column,
  );
}

/**
 * A paged register (channels, publications, people): a card with a filter bar and a table whose head stays
 * below the app's header on a long page and whose first column stays while it scrolls sideways.
 */
export function PagedListPage<T extends { id: number }>({
  title,
  extra,
  filters,
  list,
  page,
  onPage,
  columns,
  testId,
  emptyText,
}: Props<T>) {
  const { t } = useTranslation();
  const offsetHeader = useStickyOffset();
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Card title={title} extra={extra}>
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        {filters}
      </Flex>
      <Table<T>
        data-testid={testId}
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={emptyText ? { emptyText } : undefined}
        scroll={{ x: 'max-content' }}
        sticky={{ offsetHeader }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
          onChange: (next) => onPage(next - 1),
        }}
        columns={withFixedFirstColumn(columns)}
      />
    </Card>
  );
}
