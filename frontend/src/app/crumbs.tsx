import { useChannel } from '@/features/channel';
import { useOrganization } from '@/features/organization';
import { usePerson } from '@/features/person';
import { usePublication } from '@/features/publication';

export function OrganizationCrumb({ id }: { id: number }) {
  const { data } = useOrganization(id);
  return <>{data?.name ?? `#${id}`}</>;
}

export function PersonCrumb({ id }: { id: number }) {
  const { data } = usePerson(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.name ?? `#${id}`}</>;
}

export function ChannelCrumb({ id }: { id: number }) {
  const { data } = useChannel(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.name ?? `#${id}`}</>;
}

export function PublicationCrumb({ id }: { id: number }) {
  const { data } = usePublication(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.title ?? `#${id}`}</>;
}
