import type { ReactNode } from 'react';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { accessOf, NoAccessPage, useMe } from '@/features/me';

/** Loads /me once; a user with nothing to see gets the page that says whom to ask. */
export function MeGate({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <PageSpin />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (accessOf(me.data).hasNoAccess) return <NoAccessPage me={me.data} onReload={() => void me.refetch()} />;
  return <>{children}</>;
}
