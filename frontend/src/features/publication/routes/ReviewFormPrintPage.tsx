import { useTranslation } from 'react-i18next';
import { PrintLayout } from '@/components/PrintLayout';
import { formatDateTime } from '@/lib/format';
import { punctuation, withNote } from '@/lib/punctuation';
import { useTrace } from '../api/get-trace';
import { usePublicationIdParam } from './params';
import './review-form.css';

/**
 * 审核单: the printable record of one published (or retracted) item — who wrote it, who reviewed
 * which revision (by hash) with which checklist answers, who published it and when — with a line for each
 * reviewer's handwritten signature, as the paper form is filed.
 */
export default function ReviewFormPrintPage() {
  const { t } = useTranslation();
  const id = usePublicationIdParam();
  const trace = useTrace(id);
  const title = trace.data
    ? `${t('publication.form.title')}${t('publication.form.colon')}${trace.data.publication.title}`
    : '';

  return (
    <PrintLayout
      id={id}
      queries={[trace]}
      title={title}
      heading={t('publication.form.title')}
      testId="review-form"
      sheetClassName="review-form"
    >
      {() => {
        const data = trace.data!;
        const p = data.publication;
        const published = data.revisions.find((revision) => revision.number === data.publishedRevision);
        const revision = t('publication.revision.number', { number: data.publishedRevision });
        return (
          <>
            <table className="review-form__table">
              <tbody>
                <tr>
                  <th>{t('publication.field.title')}</th>
                  <td colSpan={3}>{p.title}</td>
                </tr>
                <tr>
                  <th>{t('publication.field.organization')}</th>
                  <td>{p.organization.name}</td>
                  <th>{t('publication.field.channel')}</th>
                  <td>{p.channel.name}</td>
                </tr>
                <tr>
                  <th>{t('publication.field.author')}</th>
                  <td>{data.author.name}</td>
                  <th>{t('publication.form.draftedAt')}</th>
                  <td>
                    {formatDateTime(data.revisions.find((revision) => revision.number === 1)?.createdAt)}
                  </td>
                </tr>
                <tr>
                  <th>{t('publication.form.publishedRevision')}</th>
                  <td colSpan={3}>
                    {published ? withNote(t, revision, formatDateTime(published.createdAt)) : revision}
                    <div className="review-form__hash">SHA-256 {data.publishedContentHash}</div>
                  </td>
                </tr>
                {data.approvals.map((approval) => (
                  <tr key={approval.id} data-testid="review-form-approval" data-hash={approval.contentHash}>
                    <th>
                      {approval.stepName}
                      <div className="review-form__sub">
                        {t(`duty.role.${approval.role}`, { defaultValue: approval.role })}
                      </div>
                    </th>
                    <td colSpan={3}>
                      <div>
                        {t('publication.form.reviewer')}
                        {t('publication.form.colon')}
                        {approval.reviewer.name}
                        {punctuation(t).gap}
                        {t('publication.form.decidedAt')}
                        {t('publication.form.colon')}
                        {formatDateTime(approval.decidedAt)}
                      </div>
                      <div>
                        {t('publication.form.reviewedRevision', { number: approval.revisionNumber })}
                        <span className="review-form__hash"> SHA-256 {approval.contentHash}</span>
                      </div>
                      <ul className="review-form__checklist">
                        {approval.checklist.map((answer) => (
                          <li key={answer.item}>
                            {answer.confirmed ? '☑' : '☐'} {answer.item}
                          </li>
                        ))}
                      </ul>
                      {/* What the reviewer wrote, never words put in their mouth: 无 when they wrote nothing. */}
                      <div data-testid="review-form-opinion">
                        {t('publication.form.opinion')}
                        {t('publication.form.colon')}
                        {approval.comment?.trim() || t('publication.form.noOpinion')}
                      </div>
                      <div className="review-form__sign" data-testid="review-form-signature">
                        <span>
                          {t('publication.form.signature')}
                          {t('publication.form.colon')}
                          <span className="review-form__line" />
                        </span>
                        <span>
                          {t('publication.form.signDate')}
                          {t('publication.form.colon')}
                          <span className="review-form__line review-form__line--short" />
                        </span>
                      </div>
                    </td>
                  </tr>
                ))}
                <tr>
                  <th>{t('publication.form.publisher')}</th>
                  <td>{data.publishedBy?.name ?? data.scheduledBy?.name ?? '—'}</td>
                  <th>{t('publication.field.publishedAt')}</th>
                  <td>{formatDateTime(data.publishedAt) || '—'}</td>
                </tr>
                {data.retractedAt && (
                  <tr>
                    <th>{t('publication.form.retracted')}</th>
                    <td colSpan={3}>
                      {data.retractedBy?.name ?? ''} · {formatDateTime(data.retractedAt)}
                      <div>
                        {t('publication.field.retractReason')}
                        {t('publication.form.colon')}
                        {data.retractReason}
                      </div>
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
            <p className="review-form__printed">
              {t('publication.form.printedAt', { at: formatDateTime(new Date().toISOString()) })}
            </p>
          </>
        );
      }}
    </PrintLayout>
  );
}
