import { useOrganization } from '@/features/organization';

/** An organization's name by id (the report carries only ids for its copies). */
export function OrganizationName({ id }: { id: number }) {
  const { data } = useOrganization(id);
  return <>{data?.name ?? `#${id}`}</>;
}
