import { useCallback, useRef, useState } from 'react';
import type { Organization } from '@/lib/api-types';
import { listOrganizations } from '../api/list-organizations';

export const CHILD_PAGE_SIZE = 500;

export interface ChildrenState {
  items: Organization[];
  total: number;
  /** Pages loaded so far. */
  pages: number;
}

/**
 * Lazily loaded organization tree: children are fetched one level at a time, when a node
 * is expanded, so a 10,000-node tree costs only what the user opens.
 */
export function useOrganizationTree(includeDissolved: boolean) {
  const [children, setChildren] = useState<Record<number, ChildrenState>>({});
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  // The loaded levels, readable at once by the async loaders (state lags until the next render).
  const childrenRef = useRef<Record<number, ChildrenState>>({});
  const generation = useRef(0);

  const commit = useCallback(
    (update: (current: Record<number, ChildrenState>) => Record<number, ChildrenState>) => {
      childrenRef.current = update(childrenRef.current);
      setChildren(childrenRef.current);
    },
    [],
  );

  const fetchPage = useCallback(
    (parent: number, page: number) =>
      listOrganizations({
        parent,
        page,
        size: CHILD_PAGE_SIZE,
        includeDissolved: includeDissolved || undefined,
      }),
    [includeDissolved],
  );

  /** Loads (or reloads) the first page of a node's children. */
  const loadChildren = useCallback(
    async (parent: number) => {
      const started = generation.current;
      const result = await fetchPage(parent, 0);
      if (started !== generation.current) return;
      commit((current) => ({ ...current, [parent]: { items: result.items, total: result.total, pages: 1 } }));
    },
    [commit, fetchPage],
  );

  /** Appends the next page of a node with very many children. */
  const loadMore = useCallback(
    async (parent: number) => {
      const state = childrenRef.current[parent];
      if (!state) return loadChildren(parent);
      const result = await fetchPage(parent, state.pages);
      commit((current) => {
        const previous = current[parent] ?? state;
        const seen = new Set(previous.items.map((org) => org.id));
        return {
          ...current,
          [parent]: {
            items: [...previous.items, ...result.items.filter((org) => !seen.has(org.id))],
            total: result.total,
            pages: previous.pages + 1,
          },
        };
      });
    },
    [commit, fetchPage, loadChildren],
  );

  /** Reloads a node's children if they had been loaded (after a change under it). */
  const refresh = useCallback(
    async (parent: number | null | undefined) => {
      if (parent != null && childrenRef.current[parent]) await loadChildren(parent);
    },
    [loadChildren],
  );

  /** Loads and expands the ancestors of an organization so it shows in the tree. */
  const reveal = useCallback(
    async (organization: Organization, rootIds: number[]) => {
      const lineage = [...organization.path.map((ancestor) => ancestor.id), organization.id];
      const start = lineage.findIndex((id) => rootIds.includes(id));
      if (start < 0) return;
      const ancestors = lineage.slice(start, -1);
      for (const id of ancestors) {
        if (!childrenRef.current[id]) await loadChildren(id);
      }
      setExpandedKeys((keys) => [...new Set([...keys, ...ancestors.map(String)])]);
    },
    [loadChildren],
  );

  /** Loads and expands these nodes (e.g. the user's scope roots on first view). */
  const expand = useCallback(
    async (ids: number[]) => {
      await Promise.all(ids.filter((id) => !childrenRef.current[id]).map((id) => loadChildren(id)));
      setExpandedKeys((keys) => [...new Set([...keys, ...ids.map(String)])]);
    },
    [loadChildren],
  );

  /** Forgets everything loaded (e.g. when dissolved organizations are shown or hidden). */
  const reset = useCallback(() => {
    generation.current += 1;
    commit(() => ({}));
    setExpandedKeys([]);
  }, [commit]);

  return { children, expandedKeys, setExpandedKeys, loadChildren, loadMore, refresh, reveal, expand, reset };
}

export type OrganizationTreeState = ReturnType<typeof useOrganizationTree>;
