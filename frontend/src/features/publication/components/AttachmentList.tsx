import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Popconfirm, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Publication, PublicationAttachment } from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { useDownloadAttachment } from '../api/download-attachment';
import { useRemoveAttachment } from '../api/remove-attachment';
import { useUploadAttachment } from '../api/upload-attachment';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The item's attachments: download, and (when editing is allowed) upload and remove. */
export function AttachmentList({ publication, editable }: { publication: Publication; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadAttachment();
  const remove = useRemoveAttachment();
  const download = useDownloadAttachment();

  return (
    <div data-testid="attachment-list">
      {editable && (
        <Upload
          showUploadList={false}
          multiple={false}
          customRequest={({ file, onSuccess, onError }) => {
            upload.mutate(
              { id: publication.id, file: file as File, version: publication.version },
              {
                onSuccess: (saved) => {
                  onSuccess?.(saved);
                  void message.success(t('publication.attachment.uploaded', { name: (file as File).name }));
                },
                onError: (error) => {
                  onError?.(error as Error);
                  showProblem(error, message);
                },
              },
            );
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
            {t('publication.attachment.upload')}
          </Button>
        </Upload>
      )}
      <List<PublicationAttachment>
        size="small"
        dataSource={publication.attachments}
        locale={{ emptyText: t('publication.attachment.none') }}
        renderItem={(attachment) => (
          <List.Item
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined aria-hidden />}
                onClick={() =>
                  download.mutate(
                    { id: publication.id, attachmentId: attachment.id, fileName: attachment.fileName },
                    { onError: (error) => showProblem(error, message) },
                  )
                }
              >
                {t('publication.attachment.download')}
              </Button>,
              ...(editable
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('publication.attachment.removeConfirm', { name: attachment.fileName })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(
                          { id: publication.id, attachmentId: attachment.id },
                          { onError: (error) => showProblem(error, message) },
                        )
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
                  {attachment.mediaType} · {formatSize(attachment.size)} · SHA-256{' '}
                  {attachment.sha256.slice(0, 12)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
