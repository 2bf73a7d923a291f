import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import { pollInterval } from '../components/status';
import { packageKeys, type PackageListParams } from './keys';
import { cancelPackage, createPackage, listPackages, packageDownloadUrl } from './requests';
import type { CreateInspectionPackage, InspectionPackage } from './types';

/** My packages (an admin's or auditor's: everyone's), newest first; polled while one is being built. */
export function usePackages(params: PackageListParams) {
  return useQuery({
    queryKey: packageKeys.list(params),
    queryFn: () => listPackages(params),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => pollInterval(query.state.data),
  });
}

function useRefreshPackages() {
  const queryClient = useQueryClient();
  return (pkg: InspectionPackage) => {
    queryClient.setQueryData(packageKeys.detail(pkg.id), pkg);
    return queryClient.invalidateQueries({ queryKey: packageKeys.all });
  };
}

export function useCreatePackage() {
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: (body: CreateInspectionPackage) => createPackage(body),
    onSuccess: refresh,
  });
}

export function useCancelPackage() {
  const refresh = useRefreshPackages();
  return useMutation({ mutationFn: (id: number) => cancelPackage(id), onSuccess: refresh });
}

/** Saves the zip under the server's name (组织名_迎检材料包_<from>_<to>.zip), else the view's fileName. */
export function useDownloadPackage() {
  return useMutation({
    mutationFn: (pkg: InspectionPackage) =>
      downloadFile(packageDownloadUrl(pkg.id), pkg.fileName || `package-${pkg.id}.zip`, { serverName: true }),
  });
}
