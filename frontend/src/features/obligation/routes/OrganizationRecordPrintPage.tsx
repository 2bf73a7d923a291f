import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { formatDate } from '@/lib/format';
import { labelled, punctuation, withNote } from '@/lib/punctuation';
import type { Position } from '../api/types';
import { names } from '../components/format';
import { parsePeriodKey, periodKeyOf, periodLabel } from '../components/periods';
import { useOrganizationRecord } from '../components/use-organization-record';
import { todayApiDate } from '@/lib/dates';
import './record-print.css';

/** "王建国同意" / "Wang Jianguo: Agree", with the person's words when they gave any. */
function positionText(position: Position, t: TFunction): string {
  const values = { name: position.person.name, position: t(`obligation.position.${position.position}`) };
  return position.text
    ? t('obligation.record.positionWithText', { ...values, text: position.text })
    : t('obligation.record.position', values);
}

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
  const p = punctuation(t);

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
                    {obligation.holder
                      ? withNote(t, obligation.title, obligation.holder.name)
                      : obligation.title}
                  </td>
                  <td>{periodLabel(obligation.period, t)}</td>
                  <td>{formatDate(obligation.dueDate)}</td>
                  <td>
                    {obligation.metCount}/{obligation.minCount}
                  </td>
                  <td>
                    {t(`obligation.status.${obligation.status}`)}
                    {obligation.waivedReason ? `${p.colon}${obligation.waivedReason}` : ''}
                  </td>
                  <td>{names(obligation.responsible, p.listSeparator)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('obligation.record.fulfilments')}</h2>
          {(fulfilments.data ?? []).length === 0 && <p>{t('obligation.record.noFulfilments')}</p>}
          {(fulfilments.data ?? []).map((fulfilment) => (
            <section key={fulfilment.id}>
              <h3>
                {formatDate(fulfilment.happenedOn)}{' '}
                {withNote(t, fulfilment.title, t(`obligation.kind.${fulfilment.kind}`))}
                {fulfilment.late ? ` ${t('obligation.fulfilment.late')}` : ''}
              </h3>
              <p>
                {labelled(
                  t,
                  t('obligation.fulfilment.participants'),
                  names(fulfilment.participants, p.listSeparator),
                )}
                {fulfilment.guests
                  ? `${p.semicolon}${labelled(t, t('obligation.fulfilment.guests'), fulfilment.guests)}`
                  : ''}
              </p>
              {fulfilment.summary && <p style={{ whiteSpace: 'pre-wrap' }}>{fulfilment.summary}</p>}
              {fulfilment.decisions.map((decision, index) => (
                <p key={index}>
                  {labelled(t, t('obligation.fulfilment.decision', { index: index + 1 }), decision.text)}
                  {decision.positions.length > 0 &&
                    `${p.open}${decision.positions.map((position) => positionText(position, t)).join(p.semicolon)}${p.close}`}
                </p>
              ))}
              <p>
                {t('obligation.evidence.heading')}
                {p.colon}
                {fulfilment.attachments.length === 0
                  ? t('obligation.evidence.none')
                  : fulfilment.attachments
                      .map((attachment) =>
                        withNote(t, attachment.fileName, `SHA-256 ${attachment.sha256.slice(0, 16)}…`),
                      )
                      .join(p.semicolon)}
              </p>
            </section>
          ))}
        </>
      )}
    </PrintLayout>
  );
}
