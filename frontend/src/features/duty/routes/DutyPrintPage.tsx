import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { useOrganization } from '@/features/organization';
import type { DutyAssignment } from '@/lib/api-types';
import { parseApiDate, todayApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { punctuation } from '@/lib/punctuation';
import { useResponsibility } from '../api/get-responsibility';
import { basisText } from '../components/describe';
import './duty-print.css';

/**
 * 责任分工表 of one organization on a day, as offices file it on A4 portrait: 制表单位 and 制表日期 above the table,
 * the signatures of 单位负责人 and 制表人 and the unit's seal below it. Names, roles and dates never wrap.
 */
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
      sheetClassName="duty-form"
    >
      {() => {
        let line = 0;
        return (
          <>
            <div className="duty-form__meta" data-testid="duty-print-meta">
              <span>
                {t('duty.print.unit')}
                {t('duty.print.colon')}
                {organization.data!.name}
              </span>
              <span>{t('duty.print.asOf', { date: formatDate(at) })}</span>
              <span>
                {t('duty.print.madeOn')}
                {t('duty.print.colon')}
                <span className="duty-form__nowrap">{formatDate(todayApiDate())}</span>
              </span>
            </div>
            <table className="print-table duty-form__table">
              <colgroup>
                <col className="duty-form__col-no" />
                <col className="duty-form__col-role" />
                <col className="duty-form__col-person" />
                <col className="duty-form__col-period" />
                <col />
                <col className="duty-form__col-scope" />
              </colgroup>
              <thead>
                <tr>
                  <th>{t('duty.print.number')}</th>
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
                          <td className="duty-form__center">{++line}</td>
                          <td className="duty-form__nowrap">{t(`duty.role.${role}`)}</td>
                          <td colSpan={4}>{t('duty.print.vacant')}</td>
                        </tr>,
                      ]
                    : holders.map((h) => (
                        <tr key={`${role}-${h.id}`}>
                          <td className="duty-form__center">{++line}</td>
                          <td className="duty-form__nowrap">{t(`duty.role.${role}`)}</td>
                          <td>
                            <span className="duty-form__nowrap" data-testid="duty-print-person">
                              {h.person.name}
                            </span>
                          </td>
                          <td>
                            <Period holder={h} />
                          </td>
                          <td>{basisText(h.basis)}</td>
                          <td>{h.scope.map((s) => s.name).join(punctuation(t).listSeparator)}</td>
                        </tr>
                      )),
                )}
              </tbody>
            </table>
            <div className="duty-form__signatures" data-testid="duty-print-signatures">
              <div>
                {t('duty.print.head')}
                {t('duty.print.colon')}
                <span className="duty-form__line" />
              </div>
              <div>
                {t('duty.print.preparer')}
                {t('duty.print.colon')}
                <span className="duty-form__line" />
              </div>
              <div className="duty-form__seal">{t('duty.print.seal')}</div>
            </div>
          </>
        );
      }}
    </PrintLayout>
  );
}

/** From and to, each kept whole: a line may break between the two dates, never inside one. */
function Period({ holder }: { holder: Pick<DutyAssignment, 'validFrom' | 'validTo'> }) {
  const { t } = useTranslation();
  return (
    <span data-testid="duty-print-period">
      <span className="duty-form__nowrap">{formatDate(holder.validFrom)}</span>{' '}
      {holder.validTo ? (
        <>
          {t('duty.print.to')} <span className="duty-form__nowrap">{formatDate(holder.validTo)}</span>
        </>
      ) : (
        t('duty.print.sinceNow')
      )}
    </span>
  );
}
