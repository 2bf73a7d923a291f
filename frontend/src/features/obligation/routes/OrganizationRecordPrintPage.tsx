import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { formatDate } from '@/lib/format';
import { names } from '../components/format';
import { parsePeriodKey, periodKeyOf, periodLabel } from '../components/periods';
import { useOrganizationRecord } from '../components/use-organization-record';
import { todayApiDate } from '@/lib/dates';
import './record-print.css';

/** An organization's record for a period on A4: what it owed, its status, and each fulfilment with its evidence. */
export default function OrganizationRecordPrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id) || undefined;
  const [searchParams] = useSearchParams();
  const periodParam = searchParams.get('period');
  const period = parsePeriodKey(periodParam) ? periodParam! : periodKeyOf('QUARTER', todayApiDate());
  const { organization, calendar, fulfilments, obligations } = useOrganizationRecord(id, period);
  const title = organization.data
    ? t('obligation.record.title', { organization: organization.data.name, period: periodLabel(period, t) })
    : '';

  return (
    <PrintLayout
      id={id}
      queries={[organization, calendar, fulfilments]}
      title={title}
      testId="obligation-record-print"
      sheetClassName="obligation-print"
    >
      {() => (
        <>
          <h2>{t('obligation.record.obligations')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('obligation.field.title')}</th>
                <th>{t('obligation.field.period')}</th>
                <th>{t('obligation.field.dueDate')}</th>
                <th>{t('obligation.field.progress')}</th>
                <th>{t('obligation.field.status')}</th>
                <th>{t('obligation.field.responsible')}</th>
              </tr>
            </thead>
            <tbody>
              {obligations.map((obligation) => (
                <tr key={obligation.id}>
                  <td>
                    {obligation.title}
                    {obligation.holder ? `（${obligation.holder.name}）` : ''}
                  </td>
                  <td>{periodLabel(obligation.period, t)}</td>
                  <td>{formatDate(obligation.dueDate)}</td>
                  <td>
                    {obligation.metCount}/{obligation.minCount}
                  </td>
                  <td>
                    {t(`obligation.status.${obligation.status}`)}
                    {obligation.waivedReason ? `：${obligation.waivedReason}` : ''}
                  </td>
                  <td>{names(obligation.responsible)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('obligation.record.fulfilments')}</h2>
          {(fulfilments.data ?? []).length === 0 && <p>{t('obligation.record.noFulfilments')}</p>}
          {(fulfilments.data ?? []).map((fulfilment) => (
            <section key={fulfilment.id}>
              <h3>
                {formatDate(fulfilment.happenedOn)} {fulfilment.title}（
                {t(`obligation.kind.${fulfilment.kind}`)}）
                {fulfilment.late ? ` ${t('obligation.fulfilment.late')}` : ''}
              </h3>
              <p>
                {t('obligation.fulfilment.participants')}：{names(fulfilment.participants)}
                {fulfilment.guests ? `；${t('obligation.fulfilment.guests')}：${fulfilment.guests}` : ''}
              </p>
              {fulfilment.summary && <p style={{ whiteSpace: 'pre-wrap' }}>{fulfilment.summary}</p>}
              {fulfilment.decisions.map((decision, index) => (
                <p key={index}>
                  {t('obligation.fulfilment.decision', { index: index + 1 })}：{decision.text}
                  {decision.positions.length > 0 &&
                    `（${decision.positions
                      .map(
                        (position) =>
                          `${position.person.name}${t(`obligation.position.${position.position}`)}${position.text ? `：${position.text}` : ''}`,
                      )
                      .join('；')}）`}
                </p>
              ))}
              <p>
                {t('obligation.evidence.heading')}：
                {fulfilment.attachments.length === 0
                  ? t('obligation.evidence.none')
                  : fulfilment.attachments
                      .map(
                        (attachment) =>
                          `${attachment.fileName}（SHA-256 ${attachment.sha256.slice(0, 16)}…）`,
                      )
                      .join('；')}
              </p>
            </section>
          ))}
        </>
      )}
    </PrintLayout>
  );
}
