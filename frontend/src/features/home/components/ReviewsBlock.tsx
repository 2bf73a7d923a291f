import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReviews } from '../api/queries';
import { Block } from './Block';
import { waitedFor } from './waited';

const SHOWN = 5;

/** 待我审核: the items longest waiting first, each with how long it has waited. */
export function ReviewsBlock() {
  const { t } = useTranslation();
  const reviews = useReviews(true);
  const items = [...(reviews.data ?? [])].sort((a, b) =>
    (a.waitingSince ?? a.updatedAt).localeCompare(b.waitingSince ?? b.updatedAt),
  );
  return (
    <Block
      id="reviews"
      title={t('home.reviews.title')}
      to="/me/reviews"
      loading={reviews.isPending}
      error={reviews.error}
      onRetry={() => void reviews.refetch()}
      count={items.length}
      empty={t('home.reviews.empty')}
      lines={items.slice(0, SHOWN).map((item) => ({
        key: item.id,
        title: <Link to={`/publications/${item.id}`}>{item.title}</Link>,
        detail: [item.organization.name, item.currentStepName, item.author.name].filter(Boolean).join(' · '),
        extra: item.waitingSince ? (
          <Tag color="orange" data-testid="home-waited">
            {t('home.reviews.waited', { duration: waitedFor(item.waitingSince, t) })}
          </Tag>
        ) : undefined,
      }))}
    />
  );
}
