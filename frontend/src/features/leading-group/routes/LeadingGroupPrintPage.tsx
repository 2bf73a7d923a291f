import { useTranslation } from 'react-i18next';
import { PrintLayout } from '@/components/PrintLayout';
import { useOrganization } from '@/features/organization';
import { useLeadingGroup } from '../api/get-leading-group';
import { groupTitle, LeadingGroupDocument } from '../components/LeadingGroupDocument';
import { useOrganizationIdParam } from './LeadingGroupPage';

/** The leading group alone on an A4 page: no menus, a document title, print button hidden in print. */
export default function LeadingGroupPrintPage() {
  const { t } = useTranslation();
  const organizationId = useOrganizationIdParam();
  const organization = useOrganization(organizationId);
  const group = useLeadingGroup(organizationId);
  const title = organization.data && group.data ? groupTitle(group.data, organization.data.name, t) : '';

  return (
    <PrintLayout
      id={organizationId}
      queries={[organization, group]}
      title={title}
      testId="leading-group-print"
    >
      {() =>
        group.data!.configured ? (
          <LeadingGroupDocument group={group.data!} organizationName={organization.data!.name} />
        ) : (
          <p>{t('leadingGroup.notConfigured')}</p>
        )
      }
    </PrintLayout>
  );
}
