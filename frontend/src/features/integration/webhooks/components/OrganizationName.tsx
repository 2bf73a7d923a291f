import { useTranslation } from 'react-i18next';
import { useOrganization } from '@/features/organization';

/** The subtree a subscription covers: the organization's name, or "all organizations". */
export function OrganizationName({ id }: { id?: number | null }) {
  const { t } = useTranslation();
  const { data } = useOrganization(id ?? undefined);
  if (id == null) return <>{t('integration.allOrganizations')}</>;
  return <>{data?.name ?? `#${id}`}</>;
}
