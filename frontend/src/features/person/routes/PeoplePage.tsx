import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { ExportMenu } from '@/features/import';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import type { Person } from '@/lib/api-types';
import { usePeople } from '../api/list-people';

const PAGE_SIZE = 20;

export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const page = Math.max(0, Number(searchParams.get('page') ?? 0) || 0);
  const includeInactive = searchParams.get('inactive') === '1';
  const under = Number(searchParams.get('under')) || undefined;
  const [draft, setDraft] = useState(q);
  const people = usePeople({
    q: q || undefined,
    under,
    active: includeInactive ? undefined : true,
    page,
    size: PAGE_SIZE,
  });

  function update(next: { q?: string; page?: number; inactive?: boolean; under?: number | null }) {
    const params = new URLSearchParams(searchParams);
    if (next.q) params.set('q', next.q);
    else if (next.q !== undefined) params.delete('q');
    if (next.under) params.set('under', String(next.under));
    else if (next.under !== undefined) params.delete('under');
    if (next.inactive) params.set('inactive', '1');
    else if (next.inactive !== undefined) params.delete('inactive');
    params.set('page', String(next.page ?? 0));
    setSearchParams(params);
  }

  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;

  const primaryOf = (person: Person) => person.memberships.find((m) => m.primary) ?? person.memberships[0];

  return (
    <Card
      title={t('person.title')}
      extra={
        <Space wrap>
          <ExportMenu kinds={['people', 'memberships']} under={under} testId="people-export" />
          {access.canManagePeople && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => navigate('/people/new')}
            >
              {t('person.list.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ maxWidth: 360 }}
          aria-label={t('person.list.searchPlaceholder')}
          placeholder={t('person.list.searchPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onSearch={(value) => update({ q: value.trim() })}
        />
        <OrganizationSelect
          aria-label={t('person.list.organization')}
          placeholder={t('person.list.organization')}
          value={under}
          onChange={(id) => update({ under: id ?? null })}
          style={{ width: 280 }}
        />
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            id="people-include-inactive"
            checked={includeInactive}
            onChange={(checked) => update({ inactive: checked })}
          />
          <label htmlFor="people-include-inactive">{t('person.list.showInactive')}</label>
        </Flex>
      </Flex>
      <Table<Person>
        data-testid="people-table"
        rowKey="id"
        loading={people.isFetching}
        dataSource={people.data?.items ?? []}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: people.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
          onChange: (next) => update({ page: next - 1 }),
        }}
        columns={[
          {
            title: t('person.field.name'),
            dataIndex: 'name',
            render: (name: string, person) => <Link to={`/people/${person.id}`}>{name}</Link>,
          },
          { title: t('person.field.post'), dataIndex: 'post', render: (post?: string | null) => post ?? '—' },
          {
            title: t('person.list.primaryOrganization'),
            key: 'organization',
            render: (_, person) => primaryOf(person)?.organizationName ?? '—',
          },
          {
            title: t('person.field.username'),
            dataIndex: 'username',
            render: (value?: string | null) => value ?? '—',
          },
          {
            title: t('person.field.status'),
            dataIndex: 'active',
            render: (active: boolean) =>
              active ? (
                <Tag color="green">{t('person.status.active')}</Tag>
              ) : (
                <Tag>{t('person.status.inactive')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
