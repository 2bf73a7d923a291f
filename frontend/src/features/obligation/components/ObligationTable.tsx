import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileCaseLink } from '@/features/accountability';
import { formatDate } from '@/lib/format';
import type { Obligation } from '../api/types';
import { FulfilmentFormModal } from './FulfilmentFormModal';
import { names } from './format';
import { punctuation } from '@/lib/punctuation';
import { ObligationStatusTag } from './ObligationStatusTag';
import { periodLabel } from './periods';
import { acceptsFulfilment } from './status';
import { useObligationActions } from './use-obligation-actions';
import { WaiveModal } from './WaiveModal';

/** The buttons of one instance, each shown only to whom may use it. */
function ObligationRowActions({
  obligation,
  onRecord,
  onWaive,
}: {
  obligation: Obligation;
  onRecord: () => void;
  onWaive: () => void;
}) {
  const { t } = useTranslation();
  const actions = useObligationActions(obligation);
  return (
    <Space size={4}>
      {actions.record && acceptsFulfilment(obligation.status) && (
        <Button size="small" type="primary" data-testid="record-fulfilment" onClick={onRecord}>
          {t('obligation.mine.record')}
        </Button>
      )}
      {actions.waive && obligation.status !== 'WAIVED' && obligation.status !== 'MET' && (
        <Button size="small" danger data-testid="waive-obligation" onClick={onWaive}>
          {t('obligation.waive.ok')}
        </Button>
      )}
      {obligation.status === 'OVERDUE' && (
        <FileCaseLink
          size="small"
          link={{ kind: 'OBLIGATION', id: obligation.id }}
          subjectOrganizationId={obligation.organization.id}
          incidentDate={obligation.dueDate}
        />
      )}
    </Space>
  );
}

interface Props {
  obligations: Obligation[];
  loading?: boolean;
  /** Show the organization column (a list over several organizations). */
  showOrganization?: boolean;
  testId: string;
  emptyText?: string;
}

/** Instances with their status, due date, progress and responsible people, and the actions on them. */
export function ObligationTable({ obligations, loading, showOrganization, testId, emptyText }: Props) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<Obligation | null>(null);
  const [waiving, setWaiving] = useState<Obligation | null>(null);

  const columns: TableColumnsType<Obligation> = [
    {
      title: t('obligation.field.dueDate'),
      dataIndex: 'dueDate',
      render: (value: string) => formatDate(value),
    },
    {
      title: t('obligation.field.title'),
      key: 'title',
      render: (_, obligation) => (
        <>
          <div>{obligation.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`obligation.kind.${obligation.kind}`)} · {periodLabel(obligation.period, t)}
            {obligation.holder ? ` · ${obligation.holder.name}` : ''}
          </Typography.Text>
        </>
      ),
    },
    ...(showOrganization
      ? [
          {
            title: t('obligation.field.organization'),
            key: 'organization',
            render: (_: unknown, obligation: Obligation) => obligation.organization.name,
          },
        ]
      : []),
    {
      title: t('obligation.field.status'),
      key: 'status',
      render: (_, obligation) => (
        <>
          <ObligationStatusTag status={obligation.status} />
          {obligation.waivedReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {obligation.waivedReason}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('obligation.field.progress'),
      key: 'progress',
      render: (_, obligation) => `${obligation.metCount}/${obligation.minCount}`,
    },
    {
      title: t('obligation.field.responsible'),
      key: 'responsible',
      render: (_, obligation) => (
        <span data-testid="responsible">{names(obligation.responsible, punctuation(t).listSeparator)}</span>
      ),
    },
    {
      title: t('obligation.field.actions'),
      key: 'actions',
      render: (_, obligation) => (
        <ObligationRowActions
          obligation={obligation}
          onRecord={() => setRecording(obligation)}
          onWaive={() => setWaiving(obligation)}
        />
      ),
    },
  ];

  return (
    <>
      <Table<Obligation>
        data-testid={testId}
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={obligations}
        columns={columns}
        pagination={obligations.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={emptyText ? { emptyText } : undefined}
        onRow={(obligation) =>
          ({
            'data-testid': 'obligation-row',
            'data-status': obligation.status,
            'data-id': obligation.id,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
      {recording && (
        <FulfilmentFormModal
          organization={recording.organization}
          obligations={[recording]}
          onClose={() => setRecording(null)}
        />
      )}
      {waiving && <WaiveModal obligation={waiving} onClose={() => setWaiving(null)} />}
    </>
  );
}
