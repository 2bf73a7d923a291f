import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AuditVerification } from '@/lib/api-types';

export function verifyAuditChain(): Promise<AuditVerification> {
  return unwrap(api.GET('/api/v1/audit-events/verify'));
}

/** Verifying is an explicit action with a result to show, so it is a mutation rather than a cached query. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
