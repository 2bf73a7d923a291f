import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PrintLayout } from '@/components/PrintLayout';
import { showProblem } from '@/lib/form-errors';
import { punctuation } from '@/lib/punctuation';
import { reportFileUrls, useDownloadReportFile } from '../api/files';
import { useWorkReport } from '../api/work-reports';
import { OrganizationName } from '../components/OrganizationName';
import { SECTIONS } from '../components/sections';
import '../locale';
import './report-print.css';

/** A work report on A4 as offices file it: letterhead, recipient, title, the three sections, date, signature. */
export default function WorkReportPrintPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id) || undefined;
  const report = useWorkReport(id);
  const download = useDownloadReportFile();
  const r = report.data;
  const p = punctuation(t);

  return (
    <PrintLayout
      id={id}
      queries={[report]}
      title={r?.title ?? ''}
      heading={r?.organizationName}
      testId="work-report-print"
      sheetClassName="report-print"
    >
      {() => (
        <>
          <p className="report-print__recipient" data-testid="print-recipient">
            {r!.recipientOrganizationName}
            {p.colon}
          </p>
          <h2>{r!.title}</h2>
          {SECTIONS.map((section, index) => (
            <section key={section} className="report-print__section">
              <h3>
                {t('report.print.sectionNumber', {
                  number: ['一', '二', '三'][index],
                  sequence: index + 1,
                  title: t(`report.field.${section}`),
                })}
              </h3>
              {/* sanitized by the server */}
              <div dangerouslySetInnerHTML={{ __html: r![section] ?? '' }} />
            </section>
          ))}
          {r!.copyOrganizationIds.length > 0 && (
            <p>
              {t('report.field.copies')}
              {p.colon}
              {r!.copyOrganizationIds.map((copy, i) => (
                <span key={copy}>
                  {i > 0 && p.listSeparator}
                  <OrganizationName id={copy} />
                </span>
              ))}
            </p>
          )}
          <div className="report-print__closing">
            <p>{r!.organizationName}</p>
            <p data-testid="print-date">
              {dayjs(r!.submittedAt ?? r!.signedOffAt ?? undefined).format(t('report.print.dateFormat'))}
            </p>
            <p data-testid="print-signature">
              {t('report.print.signature')}
              {r!.signedOffByName ?? '________'}
            </p>
          </div>
          <div className="print-page__toolbar" style={{ width: 'auto', marginTop: 16 }}>
            <Button
              loading={download.isPending}
              onClick={() =>
                download.mutate(
                  { url: reportFileUrls.workReportDocument(r!.id), fileName: `${r!.title}.docx` },
                  { onError: (error) => showProblem(error, message) },
                )
              }
            >
              {t('report.editor.exportWord')}
            </Button>
          </div>
        </>
      )}
    </PrintLayout>
  );
}
