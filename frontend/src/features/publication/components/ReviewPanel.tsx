import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { isApiProblem, toNamePath } from '@/lib/problem';
import { useApprovePublication } from '../api/approve-publication';
import { useCompareRevisions } from '../api/compare-revisions';
import { useRejectPublication } from '../api/reject-publication';
import { RevisionDiff } from './RevisionDiff';

/** The latest revision someone reviewed before the current one (approval or rejection), if any. */
export function previouslyReviewedRevision(publication: Publication): number | undefined {
  const reviewed = [
    ...publication.approvals,
    ...(publication.lastRejection ? [publication.lastRejection] : []),
  ]
    .map((review) => review.revisionNumber)
    .filter((number) => number < publication.revisionNumber);
  return reviewed.length > 0 ? Math.max(...reviewed) : undefined;
}

/** Approvals standing in the current round (earlier steps), oldest step first. */
export function earlierApprovals(publication: Publication) {
  const review = publication.review;
  if (!review) return [];
  return publication.approvals
    .filter(
      (approval) =>
        !approval.voidedAt &&
        approval.decision === 'APPROVED' &&
        approval.submission === review.submission &&
        approval.step < (review.currentStep ?? review.stepCount + 1),
    )
    .sort((a, b) => a.step - b.step);
}

/**
 * The reviewer's panel for the current step: what changed since the last review, every checklist
 * item to confirm (approve stays disabled until all are ticked), a comment (required to reject).
 */
export function ReviewPanel({ publication }: { publication: Publication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = publication.review;
  const step = review?.currentStep ? review.steps[review.currentStep - 1] : undefined;
  const checklist = step?.checklist ?? [];
  const [ticked, setTicked] = useState<boolean[]>(() => checklist.map(() => false));
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<number, string>>({});
  const approve = useApprovePublication();
  const reject = useRejectPublication();
  const previous = previouslyReviewedRevision(publication);
  const earlier = earlierApprovals(publication);
  // The latest earlier step that approved exactly this revision: nothing changed since that reviewer read it.
  const sameAsApproved = [...earlier]
    .reverse()
    .find((approval) => approval.revisionNumber === publication.revisionNumber);
  const diff = useCompareRevisions(publication.id, previous, publication.revisionNumber);
  const allowed = new Set(publication.allowedActions);
  const allTicked = ticked.length === checklist.length && ticked.every(Boolean);

  function onProblem(error: unknown) {
    if (isApiProblem(error) && error.status === 422 && error.errors.length > 0) {
      const byItem: Record<number, string> = {};
      for (const fieldError of error.errors) {
        const path = toNamePath(fieldError.field);
        if (path[0] === 'checklist' && typeof path[1] === 'number') byItem[path[1]] = fieldError.message;
      }
      setItemErrors(byItem);
    }
    showProblem(error, message);
  }

  async function doApprove() {
    try {
      await approve.mutateAsync({
        id: publication.id,
        body: {
          version: publication.version,
          checklist: checklist.map((item, index) => ({ item, confirmed: ticked[index] ?? false })),
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        },
      });
      void message.success(t('publication.review.approved'));
    } catch (error) {
      onProblem(error);
    }
  }

  async function doReject() {
    if (!comment.trim()) {
      setCommentError(t('publication.review.commentRequired'));
      return;
    }
    try {
      await reject.mutateAsync({
        id: publication.id,
        body: { version: publication.version, comment: comment.trim() },
      });
      void message.success(t('publication.review.rejected'));
    } catch (error) {
      onProblem(error);
    }
  }

  return (
    <Card
      data-testid="review-panel"
      title={t('publication.review.title', {
        step: review?.currentStep ?? '',
        count: review?.stepCount ?? '',
        name: step?.name ?? '',
      })}
    >
      <Flex vertical gap={16}>
        {earlier.length > 0 && (
          <section data-testid="earlier-reviews">
            <Typography.Title level={5}>{t('publication.review.earlier')}</Typography.Title>
            <Flex vertical gap={12}>
              {earlier.map((approval) => (
                <div key={approval.id} data-testid="earlier-review" data-step={approval.step}>
                  <Typography.Text strong>
                    {t('publication.review.earlierBy', {
                      step: approval.step,
                      name: approval.stepName,
                      reviewer: approval.reviewer.name,
                      at: formatDateTime(approval.decidedAt),
                    })}
                  </Typography.Text>
                  <Typography.Paragraph
                    style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}
                    type={approval.comment ? undefined : 'secondary'}
                  >
                    {approval.comment || t('publication.review.noComment')}
                  </Typography.Paragraph>
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {approval.checklist.map((answer) => (
                      <li key={answer.item}>
                        <Typography.Text type={answer.confirmed ? 'success' : 'danger'}>
                          {answer.confirmed ? (
                            <CheckOutlined aria-label={t('publication.review.confirmed')} />
                          ) : (
                            <CloseOutlined aria-label={t('publication.review.notConfirmed')} />
                          )}
                        </Typography.Text>{' '}
                        {answer.item}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </Flex>
          </section>
        )}
        <section>
          <Typography.Title level={5}>{t('publication.review.changes')}</Typography.Title>
          {sameAsApproved && (
            <Typography.Paragraph data-testid="same-as-approved" style={{ margin: 0 }}>
              {t('publication.review.sameAsApproved', {
                number: publication.revisionNumber,
                step: sameAsApproved.step,
                name: sameAsApproved.stepName,
                reviewer: sameAsApproved.reviewer.name,
              })}
            </Typography.Paragraph>
          )}
          {previous === undefined ? (
            !sameAsApproved && (
              <Typography.Text type="secondary">{t('publication.review.firstReview')}</Typography.Text>
            )
          ) : diff.isPending ? (
            <Spin />
          ) : diff.data ? (
            <RevisionDiff comparison={diff.data} />
          ) : (
            <Typography.Text type="secondary">{t('publication.diff.unavailable')}</Typography.Text>
          )}
        </section>
        <section data-testid="review-checklist">
          <Typography.Title level={5}>{t('publication.review.checklist')}</Typography.Title>
          <Flex vertical gap={8}>
            {checklist.map((item, index) => (
              <div key={item}>
                <Checkbox
                  checked={ticked[index] ?? false}
                  onChange={(event) => {
                    const next = [...ticked];
                    next[index] = event.target.checked;
                    setTicked(next);
                    setItemErrors((errors) => ({ ...errors, [index]: '' }));
                  }}
                >
                  {item}
                </Checkbox>
                {itemErrors[index] && <Typography.Text type="danger"> {itemErrors[index]}</Typography.Text>}
              </div>
            ))}
          </Flex>
        </section>
        <section>
          <label htmlFor="review-comment">
            <Typography.Text strong>{t('publication.review.comment')}</Typography.Text>
          </label>
          <Input.TextArea
            id="review-comment"
            rows={3}
            maxLength={2000}
            value={comment}
            status={commentError ? 'error' : undefined}
            placeholder={t('publication.review.commentPlaceholder')}
            onChange={(event) => {
              setComment(event.target.value);
              if (event.target.value.trim()) setCommentError(null);
            }}
          />
          {commentError && (
            <Typography.Text type="danger" role="alert">
              {commentError}
            </Typography.Text>
          )}
        </section>
        {!allTicked && allowed.has('approve') && (
          <Alert type="info" showIcon message={t('publication.review.tickAll')} />
        )}
        <Flex wrap gap={8}>
          {allowed.has('approve') && (
            <Button
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              disabled={!allTicked}
              loading={approve.isPending}
              onClick={() => void doApprove()}
            >
              {t('publication.review.approve')}
            </Button>
          )}
          {allowed.has('reject') && (
            <Button
              danger
              icon={<CloseOutlined aria-hidden />}
              loading={reject.isPending}
              onClick={() => void doReject()}
            >
              {t('publication.review.reject')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
