// What the inspection pages pick from that other features hold: the organizations of a subtree and the
// obligation rules. Read through the generated client (these paths are in openapi.yaml).
import { useQuery } from '@tanstack/react-query';
import { api, asQuery, unwrap } from '@/lib/api-client';
import { validId } from './keys';

/** The organizations of a subtree, itself included, up to 500. */
export function useSubtree(under: number | undefined) {
  return useQuery({
    queryKey: ['inspection', 'subtree', under ?? 0],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/organizations', { params: { query: asQuery({ under, size: 500 }) } }),
      );
      return page.items;
    },
    enabled: validId(under),
    staleTime: 60 * 1000,
  });
}

export interface RuleOption {
  id: number;
  title: string;
}

/** The obligation rules the user may see, for linking an item to one (the scorer sees its compliance beside it). */
export function useObligationRules() {
  return useQuery({
    queryKey: ['inspection', 'obligation-rules'],
    queryFn: async (): Promise<RuleOption[]> => {
      const page = await unwrap(
        api.GET('/api/v1/obligation-rules', { params: { query: asQuery({ size: 200 }) } }),
      );
      return page.items.map((rule) => ({ id: rule.id, title: rule.title }));
    },
    staleTime: 5 * 60 * 1000,
  });
}
