import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiffLine, RevisionComparison } from '@/lib/api-types';
import './rich-text.css';

const SIGN: Record<string, string> = { ADDED: '+', REMOVED: '−', SAME: ' ' };

function Lines({ lines }: { lines: DiffLine[] }) {
  const { t } = useTranslation();
  return (
    <pre className="diff">
      {lines.map((line, index) => (
        <div
          key={index}
          className={`diff__line diff__line--${line.kind}`}
          data-testid="diff-line"
          data-kind={line.kind}
        >
          <span
            className="diff__sign"
            aria-label={t(`publication.diff.kind.${line.kind}`, { defaultValue: '' })}
          >
            {SIGN[line.kind] ?? ' '}
          </span>
          {line.text}
        </div>
      ))}
    </pre>
  );
}

/** The readable diff of two revisions: title, summary, body and attachments, line by line. */
export function RevisionDiff({ comparison }: { comparison: RevisionComparison }) {
  const { t } = useTranslation();
  const parts = (['title', 'summary', 'body', 'attachments'] as const).filter(
    (part) => comparison[part].length > 0,
  );
  const changed = parts.some((part) => comparison[part].some((line) => line.kind !== 'SAME'));
  return (
    <div data-testid="revision-diff" data-from={comparison.from} data-to={comparison.to}>
      <Typography.Paragraph type="secondary">
        {t('publication.diff.between', { from: comparison.from, to: comparison.to })}
      </Typography.Paragraph>
      {!changed && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publication.diff.noChange')} />
      )}
      {changed &&
        parts.map((part) => (
          <section key={part} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{t(`publication.field.${part}`)}</Typography.Text>
            <Lines lines={comparison[part]} />
          </section>
        ))}
    </div>
  );
}
