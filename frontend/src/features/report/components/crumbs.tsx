import { useMajorMatter } from '../api/major-matters';
import { useWorkReport } from '../api/work-reports';

export function WorkReportCrumb({ id }: { id: number }) {
  const { data } = useWorkReport(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.title ?? `#${id}`}</>;
}

export function MajorMatterCrumb({ id }: { id: number }) {
  const { data } = useMajorMatter(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.title ?? `#${id}`}</>;
}
