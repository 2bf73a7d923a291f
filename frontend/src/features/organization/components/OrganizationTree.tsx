import { Empty, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '@/lib/api-types';
import type { ChildrenState, OrganizationTreeState } from './use-organization-tree';

const MORE_PREFIX = 'more:';

interface Props {
  roots: Organization[];
  tree: OrganizationTreeState;
  selectedId?: number;
  onSelect: (organization: Organization) => void;
  height?: number;
}

interface OrgNode extends TreeDataNode {
  organization?: Organization;
  children?: OrgNode[];
}

function buildNodes(
  organizations: Organization[],
  children: Record<number, ChildrenState>,
  moreLabel: (count: number) => string,
  dissolvedLabel: string,
): OrgNode[] {
  return organizations.map((org) => {
    const loaded = children[org.id];
    const node: OrgNode = {
      key: String(org.id),
      organization: org,
      isLeaf: org.childCount === 0 && !loaded?.items.length,
      title: (
        <span>
          {org.name}
          {!org.active && (
            <Tag style={{ marginInlineStart: 6 }} color="default">
              {dissolvedLabel}
            </Tag>
          )}
        </span>
      ),
    };
    if (loaded) {
      node.children = buildNodes(loaded.items, children, moreLabel, dissolvedLabel);
      const left = loaded.total - loaded.items.length;
      if (left > 0) {
        node.children.push({
          key: `${MORE_PREFIX}${org.id}`,
          isLeaf: true,
          title: <Typography.Link>{moreLabel(left)}</Typography.Link>,
        });
      }
    }
    return node;
  });
}

/** The organization tree, loading each level when it is expanded; virtualised for large levels. */
export function OrganizationTree({ roots, tree, selectedId, onSelect, height = 560 }: Props) {
  const { t } = useTranslation();
  const treeData = useMemo(
    () =>
      buildNodes(
        roots,
        tree.children,
        (count) => t('organization.tree.more', { count }),
        t('organization.detail.dissolved'),
      ),
    [roots, tree.children, t],
  );
  const loadedKeys = useMemo(() => Object.keys(tree.children), [tree.children]);

  if (roots.length === 0) return <Empty description={t('organization.tree.empty')} />;

  return (
    <div data-testid="org-tree">
      <Tree<OrgNode>
        blockNode
        showLine
        height={height}
        virtual
        treeData={treeData}
        expandedKeys={tree.expandedKeys}
        loadedKeys={loadedKeys}
        selectedKeys={selectedId !== undefined ? [String(selectedId)] : []}
        onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
        loadData={async (node) => {
          const organization = (node as unknown as OrgNode).organization;
          if (organization) await tree.loadChildren(organization.id);
        }}
        onSelect={(_keys, { node }) => {
          const key = String(node.key);
          if (key.startsWith(MORE_PREFIX)) {
            void tree.loadMore(Number(key.slice(MORE_PREFIX.length)));
          } else if (node.organization) {
            onSelect(node.organization);
          }
        }}
      />
    </div>
  );
}
