import { Alert, Badge, Button, Card, Empty, Flex, List, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiProblem } from '@/lib/problem';

export interface BlockLine {
  key: string | number;
  /** The line's main text, usually a link to the record. */
  title: ReactNode;
  /** Smaller text under it: organization, due date, how long it waited. */
  detail?: ReactNode;
  /** A tag at the line's end (overdue, status). */
  extra?: ReactNode;
}

interface Props {
  /** data-testid of the card: `home-block-<id>`. */
  id: string;
  title: string;
  /** The page that lists all of it (the "全部" link in the corner). */
  to: string;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** How many wait in all; shown as a badge next to the title. */
  count?: number;
  lines: BlockLine[];
  /** What would appear here, said when there is nothing. */
  empty: string;
  /** Something above the lines (the verification outcome). */
  summary?: ReactNode;
}

/** One block of the start page: a title with its count, up to a handful of lines, a link to the page with all. */
export function Block({ id, title, to, loading, error, onRetry, count, lines, empty, summary }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      data-testid={`home-block-${id}`}
      size="small"
      style={{ height: '100%' }}
      title={
        <Flex align="center" gap={8} wrap>
          <span style={{ whiteSpace: 'normal' }}>{title}</span>
          {count !== undefined && count > 0 && (
            <Badge count={count} overflowCount={999} data-testid={`home-count-${id}`} />
          )}
        </Flex>
      }
      extra={<Link to={to}>{t('home.all')}</Link>}
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : error ? (
        <Alert
          type="warning"
          showIcon
          title={t('home.failed')}
          description={isApiProblem(error) ? (error.detail ?? error.title) : t('common.error.network')}
          action={
            onRetry && (
              <Button size="small" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )
          }
        />
      ) : (
        <>
          {summary}
          {lines.length === 0 && !summary ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={empty}
              data-testid={`home-empty-${id}`}
            />
          ) : (
            lines.length > 0 && (
              <List
                size="small"
                split
                dataSource={lines}
                renderItem={(line) => (
                  <List.Item
                    key={line.key}
                    extra={line.extra}
                    style={{ paddingInline: 0, flexWrap: 'wrap', gap: 4 }}
                  >
                    <List.Item.Meta
                      style={{ minWidth: 0 }}
                      title={<span style={{ overflowWrap: 'anywhere' }}>{line.title}</span>}
                      description={line.detail}
                    />
                  </List.Item>
                )}
              />
            )
          )}
        </>
      )}
    </Card>
  );
}
