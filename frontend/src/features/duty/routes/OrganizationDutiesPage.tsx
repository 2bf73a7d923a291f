import { PlusOutlined, PrinterOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Row, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { dutyActions, useMe } from '@/features/me';
import { useOrganization } from '@/features/organization';
import type { DutyAssignment } from '@/lib/api-types';
import { parseApiDate } from '@/lib/dates';
import { showProblem } from '@/lib/form-errors';
import { ApiProblem } from '@/lib/problem';
import { useDutyTimeline } from '../api/get-duty-timeline';
import { usePutDutySettings } from '../api/put-duty-settings';
import { AssignmentFormModal } from '../components/AssignmentFormModal';
import { DutyTimeline } from '../components/DutyTimeline';
import { EndAssignmentModal } from '../components/EndAssignmentModal';
import { HandoverFormModal } from '../components/HandoverFormModal';
import { ResponsibilityAsOf } from '../components/ResponsibilityAsOf';

type Command =
  | { kind: 'create' }
  | { kind: 'handover' }
  | { kind: 'end'; assignment: DutyAssignment }
  | { kind: 'correct'; assignment: DutyAssignment };

function useOrganizationIdParam(): number | undefined {
  const { id } = useParams();
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** 责任分工 of one organization: the timeline, the responsibility on any day, and the editor. */
export default function OrganizationDutiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const organizationId = useOrganizationIdParam();
  const organization = useOrganization(organizationId);
  const timeline = useDutyTimeline(organizationId);
  const settings = usePutDutySettings();
  const { data: me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const at = parseApiDate(searchParams.get('at'));
  const [command, setCommand] = useState<Command | null>(null);

  if (organizationId === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (organization.isError) return <QueryError error={organization.error} />;
  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  if (organization.isPending || timeline.isPending) return <PageSpin />;

  const org = organization.data;
  const actions = me
    ? dutyActions(me, org)
    : { assign: false, handOver: false, end: false, correct: false, editSettings: false };
  const orgRef = { id: org.id, code: org.code, name: org.name };
  const done = () => setCommand(null);

  function setAt(next: string | undefined) {
    const params = new URLSearchParams(searchParams);
    if (next) params.set('at', next);
    else params.delete('at');
    setSearchParams(params, { replace: true });
  }

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            <span>{t('duty.page.title', { organization: org.name })}</span>
            {!org.active && <Tag>{t('organization.detail.dissolved')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {actions.handOver && (
              <Button
                data-testid="handover-button"
                type="primary"
                icon={<SwapOutlined aria-hidden />}
                onClick={() => setCommand({ kind: 'handover' })}
              >
                {t('duty.action.handover')}
              </Button>
            )}
            {actions.assign && (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCommand({ kind: 'create' })}>
                {t('duty.action.assign')}
              </Button>
            )}
            <Button
              data-testid="duty-print-link"
              icon={<PrinterOutlined aria-hidden />}
              href={`/organizations/${org.id}/duties/print${at ? `?at=${at}` : ''}`}
              target="_blank"
            >
              {t('duty.print.open')}
            </Button>
          </Space>
        }
      >
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            id="allow-multiple-direct"
            checked={timeline.data.allowMultipleDirectResponsible}
            disabled={!actions.editSettings}
            loading={settings.isPending}
            onChange={(allow) =>
              settings.mutate(
                { organizationId: org.id, allow },
                { onError: (error) => showProblem(error, message) },
              )
            }
          />
          <label htmlFor="allow-multiple-direct">{t('duty.settings.allowMultipleDirectResponsible')}</label>
          <Typography.Text type="secondary">{t('duty.settings.hint')}</Typography.Text>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <ResponsibilityAsOf organizationId={org.id} at={at} onAtChange={setAt} />
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('duty.timeline.title')}>
            <DutyTimeline
              assignments={timeline.data.items}
              actions={actions}
              onEnd={(assignment) => setCommand({ kind: 'end', assignment })}
              onCorrect={(assignment) => setCommand({ kind: 'correct', assignment })}
            />
          </Card>
        </Col>
      </Row>
      {command?.kind === 'create' && (
        <AssignmentFormModal organization={orgRef} mode={{ kind: 'create' }} onClose={done} onSaved={done} />
      )}
      {command?.kind === 'correct' && (
        <AssignmentFormModal
          organization={orgRef}
          mode={{ kind: 'correct', assignment: command.assignment }}
          onClose={done}
          onSaved={done}
        />
      )}
      {command?.kind === 'end' && (
        <EndAssignmentModal assignment={command.assignment} onClose={done} onEnded={done} />
      )}
      {command?.kind === 'handover' && (
        <HandoverFormModal
          organization={orgRef}
          assignments={timeline.data.items}
          onClose={done}
          onDone={done}
        />
      )}
    </Flex>
  );
}
