import { App, Form, Radio } from 'antd';
import { FormModal } from '@/components/FormModal';
import { useTranslation } from 'react-i18next';
import type { Publication } from '@/lib/api-types';
import { showProblem } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { usePublishPublication } from '../api/publish-publication';

interface Values {
  when: 'NOW' | 'PLANNED';
}

/** Publish now, or at the planned time when the item has one. */
export function PublishModal({ publication, onClose }: { publication: Publication; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const publish = usePublishPublication();
  const planned = publication.plannedPublishAt;

  async function submit(values: Values) {
    try {
      await publish.mutateAsync({
        id: publication.id,
        body: { version: publication.version, when: values.when },
      });
      void message.success(
        values.when === 'PLANNED' ? t('publication.action.scheduled') : t('publication.action.published'),
      );
      onClose();
    } catch (error) {
      showProblem(error, message);
    }
  }

  return (
    <FormModal<Values>
      form={form}
      title={t('publication.action.publishTitle', { title: publication.title })}
      okText={t('publication.action.publish')}
      pending={publish.isPending}
      onCancel={onClose}
      onFinish={submit}
      initialValues={{ when: 'NOW' }}
    >
      <Form.Item name="when" label={t('publication.action.when')}>
        <Radio.Group>
          <Radio value="NOW">{t('publication.action.now')}</Radio>
          {planned && (
            <Radio value="PLANNED">
              {t('publication.action.atPlanned', { at: formatDateTime(planned) })}
            </Radio>
          )}
        </Radio.Group>
      </Form.Item>
    </FormModal>
  );
}
