import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { formatDate } from '@/lib/format';
import { labelled, punctuation, withNote } from '@/lib/punctuation';
import { useInspection, useTargetScores } from '../api/inspections';
import { periodLabel } from '../components/labels';
import '../locale';

/** "一票否决" or "一票否决：未通过" / "Veto" or "Veto: failed". */
function vetoNote(failed: boolean, t: TFunction): string {
  const tag = t('inspection.item.vetoTag');
  return failed ? labelled(t, tag, t('inspection.scoring.failed')) : tag;
}

/** 评分表: one target's items, points and notes on A4, with the total, the grade and lines for the team to sign. */
export default function ScoreSheetPrintPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id) || undefined;
  const orgId = Number(params.orgId) || undefined;
  const inspection = useInspection(id);
  const scores = useTargetScores(id, orgId);
  const i = inspection.data;
  const s = scores.data;
  const target = i?.targets.find((entry) => entry.organizationId === orgId)?.organizationName ?? '';
  const p = punctuation(t);

  return (
    <PrintLayout
      id={id && orgId}
      queries={[inspection, scores]}
      title={i ? t('inspection.print.fileTitle', { title: i.title, target }) : ''}
      heading={i?.title}
      testId="score-sheet-print"
    >
      {() => (
        <>
          <p className="print-page__subtitle" data-testid="print-target">
            {labelled(t, t('inspection.print.target'), target)}
            {p.gap}
            {labelled(t, t('inspection.field.period'), periodLabel(i!.period, t))}
            {p.gap}
            {labelled(t, t('inspection.field.organization'), i!.organizationName)}
          </p>
          <table className="print-table" data-testid="print-items">
            <thead>
              <tr>
                <th>{t('inspection.item.code')}</th>
                <th>{t('inspection.item.text')}</th>
                <th>{t('inspection.item.maxPoints')}</th>
                <th>{t('inspection.print.points')}</th>
                <th>{t('inspection.scoring.note')}</th>
              </tr>
            </thead>
            <tbody>
              {s!.items.map((item) => (
                <tr key={item.code}>
                  <td>{item.code}</td>
                  <td>
                    {item.veto ? withNote(t, item.text, vetoNote(item.passed === false, t)) : item.text}
                  </td>
                  <td>{item.maxPoints}</td>
                  <td>{item.points ?? ''}</td>
                  <td>{item.note ?? ''}</td>
                </tr>
              ))}
              <tr>
                <td colSpan={3}>{t('inspection.results.total')}</td>
                <td data-testid="print-total">{s!.total ?? ''}</td>
                <td data-testid="print-grade">{s!.grade ? t(`inspection.grade.${s!.grade}`) : ''}</td>
              </tr>
            </tbody>
          </table>
          <p style={{ marginTop: 32 }}>
            {labelled(
              t,
              t('inspection.print.team'),
              i!.team.map((member) => member.name).join(p.listSeparator),
            )}
          </p>
          <p>
            {t('inspection.print.signature')}________________{p.gap}
            {labelled(t, t('inspection.print.date'), formatDate(i!.concludedAt) || '________')}
          </p>
        </>
      )}
    </PrintLayout>
  );
}
