import { useTranslation } from 'react-i18next';
import { useInspection } from '../api/inspections';
import { useRectification } from '../api/rectifications';
import { useTemplate } from '../api/templates';
import { withNote } from '@/lib/punctuation';

export function TemplateCrumb({ id }: { id: number }) {
  const { t } = useTranslation();
  const { data } = useTemplate(Number.isSafeInteger(id) ? id : undefined);
  return (
    <>{data ? withNote(t, data.name, t('inspection.template.revisionN', { n: data.revision })) : `#${id}`}</>
  );
}

export function InspectionCrumb({ id }: { id: number }) {
  const { data } = useInspection(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.title ?? `#${id}`}</>;
}

export function RectificationCrumb({ id }: { id: number }) {
  const { data } = useRectification(Number.isSafeInteger(id) ? id : undefined);
  return <>{data ? `${data.finding.targetOrganizationName} · #${id}` : `#${id}`}</>;
}
