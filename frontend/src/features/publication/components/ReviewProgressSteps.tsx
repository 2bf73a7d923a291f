import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Publication } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

/** The policy's steps: done (with the reviewer), current and waiting (with who can act on them). */
export function ReviewProgressSteps({ publication }: { publication: Publication }) {
  const { t } = useTranslation();
  const review = publication.review;
  if (!review || review.steps.length === 0) return null;
  const valid = publication.approvals.filter(
    (approval) =>
      !approval.voidedAt && approval.submission === review.submission && approval.decision === 'APPROVED',
  );
  const done = ['APPROVED', 'PUBLISHED', 'RETRACTED'].includes(publication.status);
  const current = done ? review.steps.length : (review.currentStep ?? 1) - 1;
  return (
    <Steps
      data-testid="review-steps"
      size="small"
      current={current}
      status={publication.status === 'DRAFT' ? 'wait' : done ? 'finish' : 'process'}
      items={review.steps.map((step, index) => {
        const approval = valid.find((entry) => entry.step === index + 1);
        // Only while in review: the holders of the step's role today, as the server reads them.
        const holders = review.holders.find((entry) => entry.step === index + 1);
        return {
          title: step.name,
          subTitle: t(`duty.role.${step.role}`, { defaultValue: step.role }),
          description: approval ? (
            t('publication.review.approvedBy', {
              name: approval.reviewer.name,
              at: formatDateTime(approval.decidedAt),
            })
          ) : holders ? (
            <Typography.Text
              data-testid={`step-holders-${index + 1}`}
              type={holders.people.length === 0 ? 'warning' : undefined}
            >
              {holders.people.length > 0
                ? t('publication.review.holders', {
                    names: holders.people
                      .map((person) => person.name)
                      .join(t('publication.review.nameSeparator')),
                  })
                : t('publication.review.noHolder')}
            </Typography.Text>
          ) : undefined,
        };
      })}
    />
  );
}
