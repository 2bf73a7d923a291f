import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicationSummary } from '@/lib/api-types';

/** "第 1/2 步 分管领导初审" while in review; nothing otherwise. */
export function StepText({
  item,
}: {
  item: Pick<PublicationSummary, 'status' | 'currentStep' | 'stepCount' | 'currentStepName'>;
}) {
  const { t } = useTranslation();
  if (item.status !== 'IN_REVIEW' || !item.currentStep) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('publication.review.stepOf', {
        step: item.currentStep,
        count: item.stepCount,
        name: item.currentStepName ?? '',
      })}
    </Typography.Text>
  );
}
