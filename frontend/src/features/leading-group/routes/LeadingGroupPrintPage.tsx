import { useTranslation } from 'react-i18next';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useOrganization } from '@/features/organization';
import { ApiProblem } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLeadingGroup } from '../api/get-leading-group';
import { groupTitle, LeadingGroupDocument } from '../components/LeadingGroupDocument';
import { useOrganizationIdParam } from './LeadingGroupPage';
import '@/components/print-page.css';

/** The leading group alone on an A4 page: no menus, a document title, print button hidden in print. */
export default function LeadingGroupPrintPage() {
  const { t } = useTranslation();
  const organizationId = useOrganizationIdParam();
  const organization = useOrganization(organizationId);
  const group = useLeadingGroup(organizationId);
  const title = organization.data && group.data ? groupTitle(group.data, organization.data.name, t) : '';

  useDocumentTitle(title);

  if (organizationId === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (organization.isError) return <QueryError error={organization.error} />;
  if (group.isError) return <QueryError error={group.error} />;
  if (organization.isPending || group.isPending) return <PageSpin />;

  return (
    <div className="print-page" data-testid="leading-group-print">
      <div className="print-page__toolbar">
        <button type="button" onClick={() => window.print()}>
          {t('common.print')}
        </button>
      </div>
      <article className="print-page__sheet">
        <h1 className="print-page__title">{title}</h1>
        {group.data.configured ? (
          <LeadingGroupDocument group={group.data} organizationName={organization.data.name} />
        ) : (
          <p>{t('leadingGroup.notConfigured')}</p>
        )}
      </article>
    </div>
  );
}
