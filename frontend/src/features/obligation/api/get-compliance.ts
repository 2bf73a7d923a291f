import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, downloadFile, unwrap } from '@/lib/api-client';
import { obligationKeys, type ComplianceParams } from './keys';
import type { Compliance } from './types';

/** One request per level: the children of `under` with their subtree counts, and the totals. */
export function getCompliance(params: ComplianceParams): Promise<Compliance> {
  const { under, period, onlyProblems } = params;
  return unwrap(
    api.GET('/api/v1/compliance', {
      params: { query: { under: String(under), period, onlyProblems: String(!!onlyProblems) } },
    }),
  );
}

export function useCompliance(params: ComplianceParams | undefined) {
  return useQuery({
    queryKey: obligationKeys.compliance(params ?? { under: 0, period: '' }),
    queryFn: () => getCompliance(params!),
    enabled: !!params,
    staleTime: 30 * 1000,
    placeholderData: keepPreviousData,
  });
}

export function complianceExportUrl({ under, period }: ComplianceParams): string {
  return `/api/v1/compliance/export?${new URLSearchParams({ under: String(under), period }).toString()}`;
}

export function useExportCompliance() {
  return useMutation({
    mutationFn: ({ params, fileName }: { params: ComplianceParams; fileName: string }) =>
      downloadFile(complianceExportUrl(params), fileName),
  });
}
