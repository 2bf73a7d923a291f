import type { ReactNode } from 'react';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { accessOf, NoAccessPage, useMe } from '@/features/me';
import { isApiProblem } from '@/lib/problem';

/** Loads /me once; a user with nothing to see gets the page that says whom to ask. */
export function MeGate({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <PageSpin />;
  // MeGate sits outside the router: a 404 here must not render NotFound (its link needs the router).
  const error = isApiProblem(me.error) && me.error.isNotFound ? new Error('GET /me answered 404') : me.error;
  if (me.isError) return <QueryError error={error} onRetry={() => void me.refetch()} />;
  if (accessOf(me.data).hasNoAccess) return <NoAccessPage me={me.data} onReload={() => void me.refetch()} />;
  return <>{children}</>;
}
