import { AttachmentList } from '@/components/AttachmentList';
import type { Publication } from '@/lib/api-types';
import { useDownloadAttachment } from '../api/download-attachment';
import { useRemoveAttachment } from '../api/remove-attachment';
import { useUploadAttachment } from '../api/upload-attachment';

/** The item's attachments: download, and (when editing is allowed) upload and remove, on the version seen. */
export function PublicationAttachments({
  publication,
  editable,
}: {
  publication: Publication;
  editable: boolean;
}) {
  const upload = useUploadAttachment();
  const remove = useRemoveAttachment();
  const download = useDownloadAttachment();
  const id = publication.id;

  return (
    <AttachmentList
      files={publication.attachments}
      onDownload={(file) => download.mutateAsync({ id, attachmentId: file.id, fileName: file.fileName })}
      onUpload={
        editable ? (file) => upload.mutateAsync({ id, file, version: publication.version }) : undefined
      }
      uploading={upload.isPending}
      onRemove={editable ? (file) => remove.mutateAsync({ id, attachmentId: file.id }) : undefined}
    />
  );
}
