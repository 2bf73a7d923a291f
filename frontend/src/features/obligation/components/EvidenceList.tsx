import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import { useDownload } from '@/lib/use-download';
import { evidenceUrl } from '../api/fulfilments';
import type { FulfilmentAttachment } from '../api/types';
import { formatSize } from './format';

/** A record's evidence: name, size and SHA-256 (what the office checks a copy against), with downloads. */
export function EvidenceList({
  fulfilmentId,
  attachments,
}: {
  fulfilmentId: number;
  attachments: FulfilmentAttachment[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useDownload();
  return (
    <List<FulfilmentAttachment>
      size="small"
      data-testid="evidence-list"
      dataSource={attachments}
      locale={{ emptyText: t('obligation.evidence.none') }}
      renderItem={(attachment) => (
        <List.Item
          data-testid="evidence"
          data-sha256={attachment.sha256}
          actions={[
            <Button
              key="download"
              type="link"
              size="small"
              icon={<DownloadOutlined aria-hidden />}
              onClick={() =>
                download.mutate(
                  { url: evidenceUrl(fulfilmentId, attachment.id), fileName: attachment.fileName },
                  { onError: (error) => showProblem(error, message) },
                )
              }
            >
              {t('obligation.evidence.download')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={attachment.fileName}
            description={
              <>
                {formatSize(attachment.size)} · SHA-256{' '}
                <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
                  {attachment.sha256}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
