import { useMemo } from 'react';
import { accessOf, type Access } from '../access';
import { useMe } from './get-me';

/** Access of the signed-in user; only used below the gate that has loaded /me. */
export function useAccess(): Access {
  const { data: me } = useMe();
  return useMemo(() => (me ? accessOf(me) : accessOf({ username: '', globalRoles: [], scope: [] })), [me]);
}
