import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useAccess, useMe } from '@/features/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { ApiProblem } from '@/lib/problem';
import { useCase, useCaseStep } from '../api/cases';
import type { CaseStep } from '../api/client';
import type { AccountabilityCase, Line } from '../api/types';
import { canAddStatement, caseActions, sideOf } from '../components/actions';
import { DecideModal } from '../components/DecideModal';
import { FactsEditModal } from '../components/FactsEditModal';
import { LineEditModal, StatementModal } from '../components/LineModals';
import { linkedRecordPath } from '../components/links';
import { situationText } from '../components/print';
import { showAccountabilityProblem } from '../components/problems';
import { ProposalTable } from '../components/ProposalTable';
import { CaseStatusTag } from '../components/tags';
import '../locale';
import { labelled, withNote } from '@/lib/punctuation';

function Links({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  if (c.links.length === 0) return <>{t('accountability.detail.noLinks')}</>;
  return (
    <Space direction="vertical" size={0} data-testid="case-links">
      {c.links.map((link) => {
        const text = labelled(t, t(`accountability.linkKind.${link.kind}`), link.label ?? `#${link.id}`);
        const path = linkedRecordPath(link);
        return (
          <span key={`${link.kind}:${link.id}:${link.decisionIndex ?? ''}`}>
            {path ? <Link to={path}>{text}</Link> : text}
          </span>
        );
      })}
    </Space>
  );
}

function Detail({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const personId = useMe().data?.person?.id;
  const side = sideOf(c, access);
  const actions = caseActions(c.status, side);
  const step = useCaseStep();
  const [editing, setEditing] = useState<Line>();
  const [stating, setStating] = useState<Line>();
  const [deciding, setDeciding] = useState(false);
  const [editingFacts, setEditingFacts] = useState(false);

  async function run(name: CaseStep) {
    try {
      await step.mutateAsync({ c, step: name });
      void message.success(t('accountability.action.done'));
    } catch (error) {
      showAccountabilityProblem(error, message);
    }
  }

  const confirmStep = (name: CaseStep, confirm: string, label: string, primary = false) => (
    <Popconfirm
      title={t(confirm)}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => run(name)}
    >
      <Button type={primary ? 'primary' : 'default'} loading={step.isPending} data-testid={`case-${name}`}>
        {t(label)}
      </Button>
    </Popconfirm>
  );

  const buttons = (
    <Space wrap data-testid="case-actions">
      {actions.editFacts && (
        <Button onClick={() => setEditingFacts(true)} data-testid="case-edit-facts">
          {t('accountability.action.editFacts')}
        </Button>
      )}
      {actions.recompute && (
        <Button loading={step.isPending} onClick={() => run('recompute')} data-testid="case-recompute">
          {t('accountability.action.recompute')}
        </Button>
      )}
      {actions.submit &&
        confirmStep('submit', 'accountability.action.confirmSubmit', 'accountability.action.submit', true)}
      {actions.decide && (
        <Button type="primary" onClick={() => setDeciding(true)} data-testid="case-decide">
          {t('accountability.action.decide')}
        </Button>
      )}
      {actions.fileUpward &&
        confirmStep(
          'file-upward',
          'accountability.action.confirmFileUpward',
          'accountability.action.fileUpward',
        )}
      {actions.close &&
        confirmStep('close', 'accountability.action.confirmClose', 'accountability.action.close')}
      {actions.print && (
        <Link to={`/accountability-cases/${c.id}/print`} data-testid="case-print">
          <Button icon={<PrinterOutlined aria-hidden />}>{t('accountability.action.print')}</Button>
        </Link>
      )}
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      {c.ownLineOnly && (
        <Alert
          type="info"
          showIcon
          data-testid="own-line-only"
          title={t('accountability.detail.ownLineOnly')}
          description={t('accountability.detail.ownLineOnlyHint')}
        />
      )}
      <Card
        data-testid="accountability-case"
        data-status={c.status}
        title={
          <Space wrap>
            <span>{c.title}</span>
            <CaseStatusTag status={c.status} />
          </Space>
        }
        extra={buttons}
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('accountability.field.filingOrganization')}>
            {c.filingOrganizationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.subjectOrganization')}>
            {c.subjectOrganizationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.incidentDate')}>
            {formatDate(c.incidentDate)}
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.situation')}>
            {situationText(c, t)}
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.description')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {c.description}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.links')} span={2}>
            <Links c={c} />
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.decisionKind')}>
            {t(`accountability.decisionKind.${c.decisionKind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.field.createdBy')}>
            {withNote(t, c.createdByName ?? '—', formatDateTime(c.createdAt))}
          </Descriptions.Item>
          {c.decidedAt && (
            <Descriptions.Item label={t('accountability.field.decidedBy')}>
              {withNote(t, c.decidedByName ?? '—', formatDateTime(c.decidedAt))}
            </Descriptions.Item>
          )}
          {c.decisionBasis && (
            <Descriptions.Item label={t('accountability.field.decisionBasis')}>
              {c.decisionBasis}
            </Descriptions.Item>
          )}
          {c.filedUpwardToName && (
            <Descriptions.Item label={t('accountability.field.filedUpwardTo')}>
              {c.filedUpwardToName}
            </Descriptions.Item>
          )}
          {c.closedAt && (
            <Descriptions.Item label={t('accountability.field.closedAt')}>
              {formatDateTime(c.closedAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title={c.ownLineOnly ? t('accountability.detail.ownLineOnly') : t('accountability.detail.proposal')}
        extra={<Typography.Text type="secondary">{t('accountability.detail.proposalHint')}</Typography.Text>}
      >
        <ProposalTable
          lines={c.lines}
          onEdit={actions.editLines ? setEditing : undefined}
          canState={(line) => canAddStatement(c.status, line, personId)}
          onState={setStating}
        />
      </Card>
      {editing && <LineEditModal c={c} line={editing} onClose={() => setEditing(undefined)} />}
      {stating && <StatementModal c={c} line={stating} onClose={() => setStating(undefined)} />}
      {deciding && <DecideModal c={c} onClose={() => setDeciding(false)} />}
      {editingFacts && <FactsEditModal c={c} onClose={() => setEditingFacts(false)} />}
    </Flex>
  );
}

/** One case: the facts, the proposal with each line's evidence, and the steps the viewer may take. */
export default function CasePage() {
  const params = useParams();
  const id = Number(params.id) || undefined;
  const query = useCase(id);
  if (!id) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  return <Detail c={query.data} />;
}
