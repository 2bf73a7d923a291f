import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Popconfirm, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';

/** What the list shows of a stored file; the type is `contentType` or `mediaType`, as its API names it. */
export interface ListedFile {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
  contentType?: string;
  mediaType?: string;
  uploadedByName?: string | null;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface Props<F extends ListedFile> {
  files: F[];
  /** Fetches one file with the bearer token and saves it. */
  onDownload: (file: F) => Promise<unknown>;
  /** Given when files may be added: uploads one file. */
  onUpload?: (file: File) => Promise<unknown>;
  uploading?: boolean;
  /** Given when files may be removed. */
  onRemove?: (file: F) => Promise<unknown>;
  testId?: string;
  itemTestId?: string;
}

/** A record's files: download each; upload and remove when the caller allows it. Failures are shown as messages. */
export function AttachmentList<F extends ListedFile>({
  files,
  onDownload,
  onUpload,
  uploading,
  onRemove,
  testId = 'attachment-list',
  itemTestId = 'attachment',
}: Props<F>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const failed = (error: unknown) => showProblem(error, message);

  return (
    <div data-testid={testId}>
      {onUpload && (
        <Upload
          showUploadList={false}
          multiple={false}
          customRequest={({ file, onSuccess, onError }) => {
            onUpload(file as File).then(
              (saved) => {
                onSuccess?.(saved);
                void message.success(t('common.attachment.uploaded', { name: (file as File).name }));
              },
              (error: unknown) => {
                onError?.(error as Error);
                failed(error);
              },
            );
          }}
        >
          <Button
            icon={<UploadOutlined aria-hidden />}
            loading={uploading}
            data-testid={`${itemTestId}-upload`}
          >
            {t('common.attachment.upload')}
          </Button>
        </Upload>
      )}
      <List<F>
        size="small"
        dataSource={files}
        locale={{ emptyText: t('common.attachment.none') }}
        renderItem={(file) => (
          <List.Item
            data-testid={itemTestId}
            data-sha256={file.sha256}
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined aria-hidden />}
                onClick={() => void onDownload(file).catch(failed)}
              >
                {t('common.attachment.download')}
              </Button>,
              ...(onRemove
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('common.attachment.removeConfirm', { name: file.fileName })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onRemove(file).catch(failed)}
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
              title={file.fileName}
              description={
                <Typography.Text type="secondary">
                  {file.contentType ?? file.mediaType} · {formatSize(file.size)} · SHA-256{' '}
                  {file.sha256.slice(0, 12)}
                  {file.uploadedByName ? ` · ${file.uploadedByName}` : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
