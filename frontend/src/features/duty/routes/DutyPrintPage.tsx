import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { useOrganization } from '@/features/organization';
import { parseApiDate, todayApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useResponsibility } from '../api/get-responsibility';
import { basisText, periodText } from '../components/describe';

/** 责任分工表 of one organization on a day, alone on an A4 page, as offices file it. */
export default function DutyPrintPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const organizationId = Number.isSafeInteger(Number(id)) && Number(id) > 0 ? Number(id) : undefined;
  const [searchParams] = useSearchParams();
  const at = parseApiDate(searchParams.get('at')) ?? todayApiDate();
  const organization = useOrganization(organizationId);
  const responsibility = useResponsibility(organizationId, at);
  const title = organization.data ? t('duty.print.title', { organization: organization.data.name }) : '';

  return (
    <PrintLayout
      id={organizationId}
      queries={[organization, responsibility]}
      title={title}
      testId="duty-print"
    >
      {() => (
        <>
          <p className="print-page__subtitle">{t('duty.print.asOf', { date: formatDate(at) })}</p>
          <table className="print-table">
            <thead>
              <tr>
                <th>{t('duty.field.role')}</th>
                <th>{t('duty.field.person')}</th>
                <th>{t('duty.field.period')}</th>
                <th>{t('duty.field.basis')}</th>
                <th>{t('duty.print.scope')}</th>
              </tr>
            </thead>
            <tbody>
              {responsibility.data!.roles.flatMap(({ role, holders }) =>
                holders.length === 0
                  ? [
                      <tr key={role}>
                        <td>{t(`duty.role.${role}`)}</td>
                        <td colSpan={4}>{t('duty.print.vacant')}</td>
                      </tr>,
                    ]
                  : holders.map((h) => (
                      <tr key={`${role}-${h.id}`}>
                        <td>{t(`duty.role.${role}`)}</td>
                        <td>{h.person.name}</td>
                        <td>{periodText(h.validFrom, h.validTo, t)}</td>
                        <td>{basisText(h.basis)}</td>
                        <td>{h.scope.map((s) => s.name).join('、')}</td>
                      </tr>
                    )),
              )}
            </tbody>
          </table>
        </>
      )}
    </PrintLayout>
  );
}
