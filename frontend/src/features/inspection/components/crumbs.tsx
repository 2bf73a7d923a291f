import { useInspection } from '../api/inspections';
import { useRectification } from '../api/rectifications';
import { useTemplate } from '../api/templates';

export function TemplateCrumb({ id }: { id: number }) {
  const { data } = useTemplate(Number.isSafeInteger(id) ? id : undefined);
  return <>{data ? `${data.name}（${data.revision}）` : `#${id}`}</>;
}

export function InspectionCrumb({ id }: { id: number }) {
  const { data } = useInspection(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.title ?? `#${id}`}</>;
}

export function RectificationCrumb({ id }: { id: number }) {
  const { data } = useRectification(Number.isSafeInteger(id) ? id : undefined);
  return <>{data ? `${data.finding.targetOrganizationName} · #${id}` : `#${id}`}</>;
}
