import { useQueries } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Input, Row, Switch } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { ExportMenu } from '@/components/ExportMenu';
import { useMe } from '@/features/me';
import type { Organization } from '@/lib/api-types';
import { ApiProblem } from '@/lib/problem';
import { useDebounced } from '@/lib/use-debounced';
import { organizationQuery, useOrganization } from '../api/get-organization';
import { useOrganizations } from '../api/list-organizations';
import { MoveOrganizationModal } from '../components/MoveOrganizationModal';
import { OrganizationDetail, type DetailCommand } from '../components/OrganizationDetail';
import { OrganizationFormModal } from '../components/OrganizationFormModal';
import { OrganizationTree } from '../components/OrganizationTree';
import { SearchResults } from '../components/SearchResults';
import { useOrganizationTree } from '../components/use-organization-tree';

function parseId(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : NaN;
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const selectedId = parseId(params.id);
  const { data: me } = useMe();
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [command, setCommand] = useState<DetailCommand | null>(null);
  const tree = useOrganizationTree(includeDissolved);

  const rootIds = useMemo(() => [...new Set((me?.scope ?? []).map((entry) => entry.organizationId))], [me]);
  const rootQueries = useQueries({ queries: rootIds.map((id) => organizationQuery(id)) });
  // A membership below another one adds nothing to the tree: it shows under its ancestor.
  const roots = rootQueries
    .map((query) => query.data)
    .filter((org): org is Organization => !!org && (includeDissolved || org.active))
    .filter((org) => !org.path.some((ancestor) => rootIds.includes(ancestor.id)));
  const rootsLoading = rootQueries.some((query) => query.isPending);

  const selected = useOrganization(Number.isNaN(selectedId) ? undefined : selectedId);
  const results = useOrganizations(
    {
      q,
      under: rootIds.length === 1 ? rootIds[0] : undefined,
      includeDissolved: includeDissolved || undefined,
      size: 50,
    },
    q.length > 0,
  );

  // First view: open the user's own organizations one level.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || rootsLoading || roots.length === 0 || roots.length > 5) return;
    opened.current = true;
    void tree.expand(roots.map((org) => org.id));
  }, [roots, rootsLoading, tree]);

  // A selected organization (from search, a link or the address bar) is shown in the tree.
  const revealed = useRef<number | null>(null);
  useEffect(() => {
    const org = selected.data;
    if (!org || revealed.current === org.id) return;
    revealed.current = org.id;
    void tree.reveal(org, rootIds);
  }, [selected.data, rootIds, tree]);

  const open = (id: number) => navigate(`/organizations/${id}`);

  async function afterSave(saved: Organization, previousParentId?: number | null) {
    setCommand(null);
    await Promise.all([tree.refresh(saved.parentId), tree.refresh(previousParentId), tree.refresh(saved.id)]);
    if (saved.parentId != null && !tree.children[saved.parentId]) await tree.loadChildren(saved.parentId);
    revealed.current = null;
    open(saved.id);
  }

  function detailPanel() {
    if (selectedId === undefined) return <Empty description={t('organization.detail.selectHint')} />;
    if (Number.isNaN(selectedId)) return <QueryError error={new ApiProblem({ status: 404 })} />;
    if (selected.isPending) return <PageSpin />;
    if (selected.isError)
      return <QueryError error={selected.error} onRetry={() => void selected.refetch()} />;
    return (
      <OrganizationDetail
        organization={selected.data}
        onCommand={setCommand}
        onOpen={open}
        onDissolved={(saved) => {
          void tree.refresh(saved.parentId);
        }}
      />
    );
  }

  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card
          title={t('organization.title')}
          extra={
            <ExportMenu
              kinds={['organizations']}
              under={Number.isNaN(selectedId) ? undefined : selectedId}
              testId="organization-export"
            />
          }
        >
          <Flex vertical gap={12}>
            <Input.Search
              allowClear
              aria-label={t('organization.tree.searchPlaceholder')}
              placeholder={t('organization.tree.searchPlaceholder')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <Flex align="center" gap={8}>
              <Switch
                size="small"
                id="show-dissolved"
                checked={includeDissolved}
                onChange={(checked) => {
                  tree.reset();
                  opened.current = false;
                  revealed.current = null;
                  setIncludeDissolved(checked);
                }}
              />
              <label htmlFor="show-dissolved">{t('organization.tree.showDissolved')}</label>
            </Flex>
            {q ? (
              <SearchResults
                loading={results.isFetching}
                organizations={results.data?.items ?? []}
                selectedId={selectedId}
                onOpen={open}
              />
            ) : rootsLoading ? (
              <PageSpin />
            ) : (
              <OrganizationTree
                roots={roots}
                tree={tree}
                selectedId={selectedId}
                onSelect={(org) => open(org.id)}
              />
            )}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {detailPanel()}
      </Col>
      {selected.data && command === 'createChild' && (
        <OrganizationFormModal
          mode={{ kind: 'create', parent: selected.data }}
          onClose={() => setCommand(null)}
          onSaved={(saved) => void afterSave(saved)}
        />
      )}
      {selected.data && command === 'edit' && (
        <OrganizationFormModal
          mode={{ kind: 'edit', organization: selected.data }}
          onClose={() => setCommand(null)}
          onSaved={(saved) => void afterSave(saved)}
        />
      )}
      {selected.data && command === 'move' && (
        <MoveOrganizationModal
          organization={selected.data}
          onClose={() => setCommand(null)}
          onMoved={(moved, oldParentId) => void afterSave(moved, oldParentId)}
        />
      )}
    </Row>
  );
}
