import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsNamed } from '@/lib/form-errors';
import { useAddFollowUp } from '../api/major-matters';
import type { MajorMatter } from '../api/types';
import { showReportProblem } from './problems';

/** A follow-up from either side: text, and files that go up once the text is saved. */
export function FollowUpForm({ matter }: { matter: MajorMatter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const add = useAddFollowUp();

  async function submit({ text }: { text: string }) {
    try {
      await add.mutateAsync({
        matter,
        text: text.trim(),
        files: files.map((file) => file.originFileObj as File).filter(Boolean),
      });
      form.resetFields();
      setFiles([]);
      void message.success(t('report.matter.detail.followUpAdded'));
    } catch (error) {
      showReportProblem(error, message, form, fieldsNamed('text'));
    }
  }

  return (
    <Form form={form} layout="vertical" name="follow-up" data-testid="follow-up-form" onFinish={submit}>
      <Form.Item
        name="text"
        label={t('report.matter.detail.followUpText')}
        rules={[{ required: true, whitespace: true, message: t('report.matter.detail.followUpRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Space align="start" wrap>
        <Upload
          multiple
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
          data-testid="follow-up-files"
        >
          <Button icon={<PaperClipOutlined aria-hidden />}>{t('report.matter.detail.attach')}</Button>
        </Upload>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('report.matter.detail.addFollowUp')}
        </Button>
      </Space>
    </Form>
  );
}
