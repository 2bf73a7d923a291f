import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { formatDate } from '@/lib/format';
import { labelled, punctuation } from '@/lib/punctuation';
import { useCase } from '../api/cases';
import { printHeading, printRows, situationText } from '../components/print';
import '../locale';

/** 问责决定书 on A4 portrait: heading, facts, basis, responsibility by person, outcome, signature and seal. */
export default function CasePrintPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id) || undefined;
  const query = useCase(id);
  const c = query.data;
  const heading = c ? printHeading(c, t) : undefined;
  const p = punctuation(t);

  return (
    <PrintLayout
      id={id}
      queries={[query]}
      title={c ? t('accountability.print.fileTitle', { title: c.title }) : ''}
      heading={heading ? `${heading.organization}${heading.title}` : undefined}
      testId="case-decision-print"
    >
      {() => (
        <>
          <p className="print-page__subtitle" data-testid="print-case-no">
            {heading!.caseNo}
          </p>
          <h2>{t('accountability.print.facts')}</h2>
          <p data-testid="print-facts">
            {labelled(t, t('accountability.field.subjectOrganization'), c!.subjectOrganizationName)}
            {p.gap}
            {labelled(t, t('accountability.field.incidentDate'), formatDate(c!.incidentDate))}
            {p.gap}
            {labelled(t, t('accountability.field.situation'), situationText(c!, t))}
          </p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{c!.description}</p>
          {c!.links.length > 0 && (
            <p>
              {labelled(
                t,
                t('accountability.field.links'),
                c!.links
                  .map(
                    (link) => `${t(`accountability.linkKind.${link.kind}`)} ${link.label ?? `#${link.id}`}`,
                  )
                  .join(p.semicolon),
              )}
            </p>
          )}
          <h2>{t('accountability.print.basis')}</h2>
          <p data-testid="print-basis">{c!.decisionBasis ?? ''}</p>
          <h2>{t('accountability.print.responsibility')}</h2>
          <table className="print-table" data-testid="print-lines">
            <thead>
              <tr>
                <th>{t('accountability.line.person')}</th>
                <th>{t('accountability.line.role')}</th>
                <th>{t('accountability.line.responsibility')}</th>
                <th>{t('accountability.line.outcome')}</th>
                <th>{t('accountability.line.exemptingRecord')}</th>
              </tr>
            </thead>
            <tbody>
              {printRows(c!, t).map((row) => (
                <tr key={row.key} data-testid="print-line">
                  <td>{row.person}</td>
                  <td>{row.role}</td>
                  <td>{row.responsibility}</td>
                  <td>{row.outcome}</td>
                  <td>{row.exemption}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="print-decision-kind">
            {t('accountability.print.decisionKind', {
              kind: t(`accountability.decisionKind.${c!.decisionKind}`),
            })}
          </p>
          <div style={{ marginTop: 48, textAlign: 'right' }} data-testid="print-seal">
            <p>
              {heading!.organization}
              {t('accountability.print.seal')}
            </p>
            <p>{t('accountability.print.signature')}________________</p>
            <p>
              {t('accountability.print.date')}
              {heading!.date || '________'}
            </p>
          </div>
        </>
      )}
    </PrintLayout>
  );
}
