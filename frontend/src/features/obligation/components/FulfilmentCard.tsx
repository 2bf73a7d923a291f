import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Fulfilment, Obligation } from '../api/types';
import { EvidenceList } from './EvidenceList';
import { names } from './format';
import { periodLabel } from './periods';
import { labelled, punctuation, withNote } from '@/lib/punctuation';

interface Props {
  fulfilment: Fulfilment;
  /** The instances of the page, to name what the record counts toward. */
  obligations: Obligation[];
  editable: boolean;
  onCorrect: () => void;
  onAddEvidence: () => void;
}

/** One fulfilment record as the ledger shows it: what, when, who, what was decided, and the evidence. */
export function FulfilmentCard({ fulfilment, obligations, editable, onCorrect, onAddEvidence }: Props) {
  const { t } = useTranslation();
  const toward = fulfilment.obligationIds.map((id) => {
    const obligation = obligations.find((candidate) => candidate.id === id);
    return obligation ? withNote(t, obligation.title, periodLabel(obligation.period, t)) : `#${id}`;
  });
  const recordedBy = fulfilment.recordedBy?.name ?? '';

  return (
    <Card
      size="small"
      data-testid="fulfilment"
      data-id={fulfilment.id}
      title={
        <Space wrap>
          <span>{fulfilment.title}</span>
          <Tag>{t(`obligation.kind.${fulfilment.kind}`)}</Tag>
          {fulfilment.late && <Tag color="gold">{t('obligation.fulfilment.late')}</Tag>}
          {fulfilment.corrections > 0 && (
            <Tag color="purple">
              {t('obligation.fulfilment.corrected', { count: fulfilment.corrections })}
            </Tag>
          )}
        </Space>
      }
      extra={
        editable && (
          <Space>
            <Button size="small" data-testid="add-evidence" onClick={onAddEvidence}>
              {t('obligation.evidence.add')}
            </Button>
            <Button size="small" data-testid="correct-fulfilment" onClick={onCorrect}>
              {t('obligation.correct.ok')}
            </Button>
          </Space>
        )
      }
      style={{ marginBottom: 12 }}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('obligation.fulfilment.happenedOn')}>
          {formatDate(fulfilment.happenedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('obligation.fulfilment.recordedAt')}>
          {formatDateTime(fulfilment.recordedAt)} {recordedBy}
        </Descriptions.Item>
        <Descriptions.Item label={t('obligation.fulfilment.participants')}>
          {names(fulfilment.participants, punctuation(t).listSeparator)}
        </Descriptions.Item>
        <Descriptions.Item label={t('obligation.fulfilment.guests')}>
          {fulfilment.guests || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('obligation.fulfilment.countsToward')} span={2}>
          {toward.length > 0 ? toward.join(punctuation(t).semicolon) : '—'}
        </Descriptions.Item>
      </Descriptions>
      {fulfilment.summary && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{fulfilment.summary}</Typography.Paragraph>
      )}
      {fulfilment.decisions.length > 0 && (
        <ol data-testid="decisions">
          {fulfilment.decisions.map((decision, index) => (
            <li key={index}>
              {decision.text}
              {decision.positions.length > 0 && (
                <div>
                  {decision.positions.map((position) => (
                    <Tag
                      key={position.person.id}
                      color={position.position === 'OBJECT' ? 'red' : 'green'}
                      data-position={position.position}
                    >
                      {labelled(t, position.person.name, t(`obligation.position.${position.position}`))}
                      {position.text ? withNote(t, '', position.text) : ''}
                    </Tag>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <Typography.Text strong>{t('obligation.evidence.heading')}</Typography.Text>
      <EvidenceList fulfilmentId={fulfilment.id} attachments={fulfilment.attachments} />
    </Card>
  );
}
