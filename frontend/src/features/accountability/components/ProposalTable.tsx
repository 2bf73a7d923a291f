import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { Line } from '../api/types';
import { exemptionText, roleText } from './print';
import { ResponsibilityTag } from './tags';
import { withNote } from '@/lib/punctuation';

interface Props {
  lines: Line[];
  /** Edit a line before the decision (filers). */
  onEdit?: (line: Line) => void;
  /** The lines whose person may add a 申辩 now, and how. */
  canState?: (line: Line) => boolean;
  onState?: (line: Line) => void;
}

/** The proposal: each person with the record that names them, the responsibility, an exemption and a statement. */
export function ProposalTable({ lines, onEdit, canState, onState }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Line>
      data-testid="proposal"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={lines}
      scroll={{ x: 'max-content' }}
      onRow={(line) =>
        ({
          'data-testid': 'proposal-line',
          'data-person': line.personName,
          'data-responsibility': line.responsibility,
          'data-exempt': line.exempt,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: t('accountability.line.person'), dataIndex: 'personName', key: 'person' },
        { title: t('accountability.line.role'), key: 'role', render: (_, line) => roleText(line, t) },
        {
          title: t('accountability.line.why'),
          key: 'why',
          render: (_, line) => (
            <>
              <Typography.Text>{line.why}</Typography.Text>
              {line.edited && line.editReason && (
                <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="line-edit-reason">
                  {t('accountability.line.edited', { reason: line.editReason })}
                </Typography.Paragraph>
              )}
            </>
          ),
        },
        {
          title: t('accountability.line.responsibility'),
          key: 'responsibility',
          render: (_, line) => (
            <Space size={4} wrap>
              <ResponsibilityTag responsibility={line.responsibility} />
              {line.outcome && <Tag color="blue">{t(`accountability.outcome.${line.outcome}`)}</Tag>}
            </Space>
          ),
        },
        {
          title: t('accountability.line.exempt'),
          key: 'exempt',
          render: (_, line) =>
            line.exempt ? (
              <Space direction="vertical" size={0} data-testid="line-exemption">
                <Tag color="green">{t('accountability.exemption.tag')}</Tag>
                <Typography.Text type="secondary">{exemptionText(line, t)}</Typography.Text>
              </Space>
            ) : (
              t('accountability.line.none')
            ),
        },
        {
          title: t('accountability.line.statement'),
          key: 'statement',
          render: (_, line) =>
            line.statement ? (
              <span data-testid="line-statement">
                {line.statement.text}
                <Typography.Text type="secondary">
                  {withNote(t, '', formatDateTime(line.statement.at))}
                </Typography.Text>
              </span>
            ) : (
              t('accountability.line.none')
            ),
        },
        {
          key: 'actions',
          render: (_, line) => (
            <Space size={4}>
              {onEdit && (
                <Button size="small" onClick={() => onEdit(line)} data-testid="line-edit">
                  {t('accountability.line.edit')}
                </Button>
              )}
              {onState && canState?.(line) && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => onState(line)}
                  data-testid="line-statement-add"
                >
                  {t(
                    line.statement
                      ? 'accountability.line.replaceStatement'
                      : 'accountability.line.addStatement',
                  )}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
