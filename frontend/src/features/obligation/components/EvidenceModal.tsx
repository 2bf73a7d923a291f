import { InboxOutlined } from '@ant-design/icons';
import { App, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import { useUploadEvidence } from '../api/fulfilments';
import type { FulfilmentAttachment } from '../api/types';
import { EvidenceList } from './EvidenceList';

interface Props {
  fulfilment: { id: number; title: string; attachments: FulfilmentAttachment[] };
  /** The dialog opens right after the record was created: it says so. */
  justRecorded?: boolean;
  onClose: () => void;
}

/** Evidence for a saved record: minutes, sign-in sheets, photos — several files, each checked by the server. */
export function EvidenceModal({ fulfilment, justRecorded, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidence();
  const [attachments, setAttachments] = useState<FulfilmentAttachment[]>(fulfilment.attachments);

  return (
    <Modal
      open
      width={720}
      title={t('obligation.evidence.title', { title: fulfilment.title })}
      okText={t('obligation.evidence.done')}
      cancelButtonProps={{ style: { display: 'none' } }}
      onOk={onClose}
      onCancel={onClose}
      destroyOnHidden
    >
      {justRecorded && (
        <Typography.Paragraph type="success">{t('obligation.fulfilment.recorded')}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('obligation.evidence.hint')}</Typography.Paragraph>
      <div data-testid="evidence-upload">
        <Upload.Dragger
          multiple
          showUploadList={false}
          // Each chosen file goes up on its own; the list below shows what the server kept.
          beforeUpload={(file) => {
            // mutateAsync, not mutate: with several files at once each one's answer must arrive here
            upload
              .mutateAsync({ id: fulfilment.id, file })
              .then((saved) => {
                setAttachments((before) => [...before, saved]);
                void message.success(t('obligation.evidence.uploaded', { name: saved.fileName }));
              })
              .catch((error: unknown) => showProblem(error, message));
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p>{t('obligation.evidence.drop')}</p>
        </Upload.Dragger>
      </div>
      <EvidenceList fulfilmentId={fulfilment.id} attachments={attachments} />
    </Modal>
  );
}
