import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { formatDate } from '@/lib/format';
import { useInspection, useTargetScores } from '../api/inspections';
import { periodLabel } from '../components/labels';
import '../locale';

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
            {t('inspection.print.target')}：{target}
            {'\u3000'}
            {t('inspection.field.period')}：{periodLabel(i!.period, t)}
            {'\u3000'}
            {t('inspection.field.organization')}：{i!.organizationName}
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
                    {item.text}
                    {item.veto &&
                      `（${t('inspection.item.vetoTag')}${item.passed === false ? `：${t('inspection.scoring.failed')}` : ''}）`}
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
            {t('inspection.print.team')}：{i!.team.map((member) => member.name).join('、')}
          </p>
          <p>
            {t('inspection.print.signature')}________________{'\u3000'}
            {t('inspection.print.date')}：{formatDate(i!.concludedAt) || '________'}
          </p>
        </>
      )}
    </PrintLayout>
  );
}
