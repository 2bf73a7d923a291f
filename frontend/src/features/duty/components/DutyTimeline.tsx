import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DutyActions } from '@/features/me';
import { DUTY_ROLES, type DutyAssignment } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { endReasonText } from './end-reason';
import { assignmentState, basisText, isCorrected, periodText, type AssignmentState } from './describe';
import { punctuation } from '@/lib/punctuation';

const STATE_COLOR: Record<AssignmentState, string> = { current: 'green', ended: 'gray', upcoming: 'blue' };

interface Props {
  assignments: DutyAssignment[];
  actions: DutyActions;
  onEnd: (assignment: DutyAssignment) => void;
  onCorrect: (assignment: DutyAssignment) => void;
}

/** Who held which role when, on what basis; ended and corrected entries stay in the ledger. */
export function DutyTimeline({ assignments, actions, onEnd, onCorrect }: Props) {
  const { t } = useTranslation();
  const roles = DUTY_ROLES.filter((role) => assignments.some((a) => a.role === role));

  if (roles.length === 0) {
    return (
      <div data-testid="duty-timeline">
        <Empty description={t('duty.timeline.empty')} />
      </div>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="duty-timeline">
      {roles.map((role) => (
        <section key={role} aria-label={t(`duty.role.${role}`)}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t(`duty.role.${role}`)}
          </Typography.Title>
          <Timeline
            items={assignments
              .filter((a) => a.role === role)
              .map((a) => {
                const state = assignmentState(a);
                const basis = basisText(a.basis);
                return {
                  key: a.id,
                  color: STATE_COLOR[state],
                  content: (
                    <Flex
                      vertical
                      gap={2}
                      data-testid="duty-entry"
                      data-id={a.id}
                      data-state={state}
                      data-corrected={isCorrected(a) || undefined}
                    >
                      <Space wrap size={4}>
                        <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
                        {!a.person.active && <Tag>{t('duty.timeline.personInactive')}</Tag>}
                        <Typography.Text type="secondary">
                          {periodText(a.validFrom, a.validTo, t)}
                        </Typography.Text>
                        <Tag color={STATE_COLOR[state]}>{t(`duty.state.${state}`)}</Tag>
                        {isCorrected(a) && <Tag color="orange">{t('duty.timeline.corrected')}</Tag>}
                      </Space>
                      {basis && (
                        <Typography.Text type="secondary">
                          {t('duty.timeline.basis', { basis })}
                        </Typography.Text>
                      )}
                      {a.scope.length > 0 && (
                        <Typography.Text type="secondary">
                          {t('duty.timeline.scope', {
                            scope: a.scope.map((org) => org.name).join(punctuation(t).listSeparator),
                          })}
                        </Typography.Text>
                      )}
                      {a.channel && (
                        <Typography.Text type="secondary">
                          {t('duty.timeline.channel')}
                          <Link to={`/channels/${a.channel.id}`}>{a.channel.name}</Link>
                        </Typography.Text>
                      )}
                      {endReasonText(a, t) && (
                        <Typography.Text type="secondary" data-testid="duty-end-reason">
                          {t('duty.timeline.endReason', { reason: endReasonText(a, t) })}
                        </Typography.Text>
                      )}
                      {isCorrected(a) && (
                        <Typography.Text type="warning">
                          {t('duty.timeline.correction', {
                            reason: a.correctionReason ?? '',
                            time: formatDateTime(a.correctedAt),
                          })}
                        </Typography.Text>
                      )}
                      {(actions.end || actions.correct) && (
                        <Space size={4}>
                          {actions.end && state !== 'ended' && !a.validTo && (
                            <Button size="small" icon={<StopOutlined aria-hidden />} onClick={() => onEnd(a)}>
                              {t('duty.action.end')}
                            </Button>
                          )}
                          {actions.correct && (
                            <Button
                              size="small"
                              icon={<EditOutlined aria-hidden />}
                              onClick={() => onCorrect(a)}
                            >
                              {t('duty.action.correct')}
                            </Button>
                          )}
                        </Space>
                      )}
                    </Flex>
                  ),
                };
              })}
          />
        </section>
      ))}
    </Flex>
  );
}
