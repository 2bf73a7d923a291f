import { obligationActions, useMe, type ObligationActions } from '@/features/me';
import { useOrganization } from '@/features/organization';
import { useRules } from '../api/list-rules';
import type { Obligation } from '../api/types';

const NONE: ObligationActions = { waive: false, record: false };

/**
 * What the user may do on one instance, decided like the other pages (features/me/access.ts): the
 * obligated organization and the rule's issuer are looked up (cached, shared by the rows of a table).
 */
export function useObligationActions(obligation: Obligation): ObligationActions {
  const { data: me } = useMe();
  const rules = useRules(undefined, true);
  const issuerId = rules.data?.find((rule) => rule.id === obligation.ruleId)?.issuerOrganizationId;
  const { data: obligated } = useOrganization(obligation.organization.id);
  const { data: issuer } = useOrganization(issuerId);
  if (!me || !obligated) return NONE;
  return obligationActions(me, obligated, issuer);
}
