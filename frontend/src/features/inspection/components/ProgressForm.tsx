import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsNamed } from '@/lib/form-errors';
import { useAddProgress } from '../api/rectifications';
import type { Rectification } from '../api/types';
import { showInspectionProblem } from './problems';

/** 添加进展: what was done, with evidence files sent after the entry is saved. */
export function ProgressForm({ rectification }: { rectification: Rectification }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const add = useAddProgress();

  async function onFinish({ text }: { text: string }) {
    try {
      await add.mutateAsync({
        rectification,
        text: text.trim(),
        files: files.map((file) => file.originFileObj as File).filter(Boolean),
      });
      form.resetFields();
      setFiles([]);
      void message.success(t('inspection.rectification.progressAdded'));
    } catch (error) {
      showInspectionProblem(error, message, form, fieldsNamed('text'));
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      name="rectification-progress"
      data-testid="progress-form"
      onFinish={onFinish}
    >
      <Form.Item
        name="text"
        label={t('inspection.rectification.progressText')}
        rules={[
          { required: true, whitespace: true, message: t('inspection.rectification.progressRequired') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item label={t('inspection.rectification.evidence')}>
        <Upload
          multiple
          fileList={files}
          beforeUpload={(file) => {
            setFiles((current) => [
              ...current,
              { uid: file.uid, name: file.name, originFileObj: file } as UploadFile,
            ]);
            return false;
          }}
          onRemove={(file) => setFiles((current) => current.filter((entry) => entry.uid !== file.uid))}
        >
          <Button icon={<UploadOutlined aria-hidden />} data-testid="evidence-upload">
            {t('inspection.rectification.chooseEvidence')}
          </Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('inspection.rectification.addProgress')}
      </Button>
    </Form>
  );
}
