import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Popconfirm, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import type { ReportAttachment } from '../api/types';
import { useDownloadReportFile } from '../api/work-reports';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface Props {
  attachments: ReportAttachment[];
  /** Where each file is downloaded from. */
  urlOf: (attachment: ReportAttachment) => string;
  /** Given when files may be added: uploads one file. */
  onUpload?: (file: File) => Promise<unknown>;
  uploading?: boolean;
  /** Given when files may be removed. */
  onRemove?: (attachment: ReportAttachment) => Promise<unknown>;
  testId?: string;
}

/** A report's (or a follow-up's) files: download; upload and remove when allowed. */
export function ReportAttachments({ attachments, urlOf, onUpload, uploading, onRemove, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useDownloadReportFile();

  return (
    <div data-testid={testId ?? 'report-attachments'}>
      {onUpload && (
        <Upload
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            onUpload(file as File).then(
              (saved) => {
                onSuccess?.(saved);
                void message.success(t('report.attachment.uploaded', { name: (file as File).name }));
              },
              (error: unknown) => {
                onError?.(error as Error);
                showProblem(error, message);
              },
            );
          }}
        >
          <Button
            icon={<UploadOutlined aria-hidden />}
            loading={uploading}
            data-testid="report-attachment-upload"
          >
            {t('report.attachment.upload')}
          </Button>
        </Upload>
      )}
      <List<ReportAttachment>
        size="small"
        dataSource={attachments}
        locale={{ emptyText: t('report.attachment.none') }}
        renderItem={(attachment) => (
          <List.Item
            data-testid="report-attachment"
            data-sha256={attachment.sha256}
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined aria-hidden />}
                onClick={() =>
                  download.mutate(
                    { url: urlOf(attachment), fileName: attachment.fileName },
                    { onError: (error) => showProblem(error, message) },
                  )
                }
              >
                {t('report.attachment.download')}
              </Button>,
              ...(onRemove
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('report.attachment.removeConfirm', { name: attachment.fileName })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        onRemove(attachment).catch((error: unknown) => showProblem(error, message))
                      }
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined aria-hidden />}>
                        {t('common.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={attachment.fileName}
              description={
                <Typography.Text type="secondary">
                  {attachment.contentType} · {formatSize(attachment.size)} · SHA-256{' '}
                  {attachment.sha256.slice(0, 12)}
                  {attachment.uploadedByName ? ` · ${attachment.uploadedByName}` : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
