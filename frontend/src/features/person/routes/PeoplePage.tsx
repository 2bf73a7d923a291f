import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ListSearch, PagedListPage, useListParams } from '@/components/PagedListPage';
import { ExportMenu } from '@/components/ExportMenu';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import type { Person } from '@/lib/api-types';
import { usePeople } from '../api/list-people';

export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const params = useListParams();
  const { q, page, update } = params;
  const includeInactive = params.flag('inactive');
  const under = params.id('under');
  const people = usePeople({
    q: q || undefined,
    under,
    active: includeInactive ? undefined : true,
    page,
    size: params.size,
  });

  const primaryOf = (person: Person) => person.memberships.find((m) => m.primary) ?? person.memberships[0];

  return (
    <PagedListPage<Person>
      title={t('person.title')}
      testId="people-table"
      list={people}
      page={page}
      onPage={(next) => update({ page: next })}
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
      filters={
        <>
          <ListSearch
            label={t('person.list.searchPlaceholder')}
            value={q}
            width={360}
            onSearch={(value) => update({ q: value })}
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
              onChange={(checked) => update({ inactive: checked ? '1' : null })}
            />
            <label htmlFor="people-include-inactive">{t('person.list.showInactive')}</label>
          </Flex>
        </>
      }
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
  );
}
