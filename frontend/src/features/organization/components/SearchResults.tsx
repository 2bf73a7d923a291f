import { Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organization } from '@/lib/api-types';
import { withNote } from '@/lib/punctuation';

interface Props {
  loading: boolean;
  organizations: Organization[];
  selectedId?: number;
  onOpen: (id: number) => void;
}

/** Organizations matching a name or code search, each with its ancestor path. */
export function SearchResults({ loading, organizations, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section data-testid="org-search-results" aria-label={t('organization.tree.searchResults')}>
      <Typography.Text strong>{t('organization.tree.searchResults')}</Typography.Text>
      <Spin spinning={loading}>
        {organizations.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organization.tree.noResults')} />
        ) : (
          <Flex vertical component="ul" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
            {organizations.map((org) => (
              <li
                key={org.id}
                style={{
                  padding: '6px 8px',
                  borderRadius: 4,
                  background: org.id === selectedId ? 'rgba(31, 95, 174, 0.08)' : undefined,
                }}
              >
                <Typography.Link onClick={() => onOpen(org.id)}>
                  {withNote(t, org.name, org.code)}
                </Typography.Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {org.path.map((ancestor) => ancestor.name).join(' / ') || t('organization.detail.root')}
                  </Typography.Text>
                </div>
              </li>
            ))}
          </Flex>
        )}
      </Spin>
    </section>
  );
}
