import { Col, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canReadInspections } from '@/features/inspection';
import { useAccess, useMe } from '@/features/me';
import { canReadReports } from '@/features/report';
import '../locale';
import { ActivityBlock, VerificationBlock } from '../components/AuditBlocks';
import { DutiesBlock } from '../components/DutiesBlock';
import { MajorMattersBlock } from '../components/MajorMattersBlock';
import { NotificationsBlock } from '../components/NotificationsBlock';
import { ObligationsBlock } from '../components/ObligationsBlock';
import { RectificationsBlock } from '../components/RectificationsBlock';
import { ReviewsBlock } from '../components/ReviewsBlock';
import { VacanciesBlock } from '../components/VacanciesBlock';
import { WorkReportsBlock } from '../components/WorkReportsBlock';
import { blocksFor } from './blocks';

/** At most this many scope roots are asked for their vacancies (a person rarely starts at more). */
const VACANCY_ROOTS = 3;

/**
 * 工作台: what waits for the signed-in person, one block per inbox, each linking to its page. A block appears
 * only when the person may call its endpoint and it concerns them (a login without a person has no inbox).
 */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const { data: me } = useMe();
  if (!access || !me) return null;
  const show = blocksFor(access, {
    readsReports: canReadReports(access),
    readsInspections: canReadInspections(access),
  });
  const roots = [...new Set(me.scope.map((entry) => entry.organizationId))].slice(0, VACANCY_ROOTS);
  const blocks: [boolean, string, ReactNode][] = [
    [show.verification, 'verification', <VerificationBlock />],
    [show.reviews, 'reviews', <ReviewsBlock />],
    [show.obligations, 'obligations', <ObligationsBlock />],
    [show.rectifications, 'rectifications', <RectificationsBlock />],
    [show.workReports, 'work-reports', <WorkReportsBlock />],
    [show.majorMatters, 'major-matters', <MajorMattersBlock />],
    [show.vacancies && roots.length > 0, 'vacancies', <VacanciesBlock roots={roots} />],
    [show.duties, 'duties', <DutiesBlock />],
    [show.notifications, 'notifications', <NotificationsBlock />],
    [show.activity, 'activity', <ActivityBlock />],
  ];
  const name = me.person?.name ?? me.displayName ?? me.username;
  return (
    <Flex vertical gap={16} data-testid="workbench">
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('home.greeting', { name })}
        </Typography.Title>
        <Typography.Text type="secondary">{dayjs().format(t('home.dateFormat'))}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        {blocks
          .filter(([shown]) => shown)
          .map(([, key, block]) => (
            <Col key={key} xs={24} lg={12} xxl={8}>
              {block}
            </Col>
          ))}
      </Row>
    </Flex>
  );
}
