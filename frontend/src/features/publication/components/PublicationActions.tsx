import {
  EditOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  CloudUploadOutlined,
} from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Publication } from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { useSubmitPublication } from '../api/submit-publication';
import { useWithdrawPublication } from '../api/withdraw-publication';
import { PublishModal } from './PublishModal';
import { RetractModal } from './RetractModal';

/** The buttons the server allows (allowedActions), and nothing else. */
export function PublicationActions({ publication }: { publication: Publication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const allowed = new Set(publication.allowedActions);
  const submit = useSubmitPublication();
  const withdraw = useWithdrawPublication();
  const [dialog, setDialog] = useState<'publish' | 'retract' | null>(null);
  const body = { version: publication.version };

  return (
    <Space wrap data-testid="publication-actions">
      {allowed.has('edit') && (
        <Link to={`/publications/${publication.id}/edit`}>
          <Button icon={<EditOutlined aria-hidden />}>{t('publication.action.edit')}</Button>
        </Link>
      )}
      {allowed.has('submit') && (
        <Popconfirm
          title={t('publication.action.submitConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            submit.mutateAsync(
              { id: publication.id, body },
              {
                onSuccess: () => void message.success(t('publication.action.submitted')),
                onError: (error) => showProblem(error, message),
              },
            )
          }
        >
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={submit.isPending}>
            {t('publication.action.submit')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('withdraw') && (
        <Popconfirm
          title={t('publication.action.withdrawConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            withdraw.mutateAsync(
              { id: publication.id, body },
              {
                onSuccess: () => void message.success(t('publication.action.withdrawn')),
                onError: (error) => showProblem(error, message),
              },
            )
          }
        >
          <Button icon={<RollbackOutlined aria-hidden />} loading={withdraw.isPending}>
            {t('publication.action.withdraw')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('publish') && (
        <Button
          type="primary"
          icon={<CloudUploadOutlined aria-hidden />}
          onClick={() => setDialog('publish')}
        >
          {t('publication.action.publish')}
        </Button>
      )}
      {allowed.has('retract') && (
        <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setDialog('retract')}>
          {t('publication.action.retract')}
        </Button>
      )}
      {dialog === 'publish' && <PublishModal publication={publication} onClose={() => setDialog(null)} />}
      {dialog === 'retract' && <RetractModal publication={publication} onClose={() => setDialog(null)} />}
    </Space>
  );
}
