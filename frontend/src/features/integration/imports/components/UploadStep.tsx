import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import { isCsv } from '../api/kinds';
import { useStartImport, type CsvEncoding } from '../api/start-import';
import type { ImportJob, ImportKind } from '../api/types';

const ENCODINGS: CsvEncoding[] = ['auto', 'UTF-8', 'GB18030'];
/** The server's upload limit (quarkus.http.limits.max-body-size). */
const MAX_BYTES = 25 * 1024 * 1024;

/** Step 2: the file (dropped or chosen), sent as it is; the server checks it in the background. */
export function UploadStep({
  kind,
  onBack,
  onStarted,
}: {
  kind: ImportKind;
  onBack: () => void;
  onStarted: (job: ImportJob) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding>('auto');
  const start = useStartImport();

  function submit() {
    if (!file) return;
    start.mutate(
      { kind, file, encoding },
      { onSuccess: onStarted, onError: (error) => showProblem(error, message) },
    );
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Text strong>{t('import.upload.kind', { kind: t(`import.kind.${kind}`) })}</Typography.Text>
      <Upload.Dragger
        accept=".xlsx,.csv,.json"
        multiple={false}
        showUploadList={false}
        beforeUpload={(chosen) => {
          if (chosen.size > MAX_BYTES) void message.error(t('import.upload.tooLarge'));
          else setFile(chosen);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('import.upload.drop')}</p>
        <p className="ant-upload-hint">{t('import.upload.formats')}</p>
      </Upload.Dragger>
      {file && (
        <Typography.Text data-testid="import-file">
          {t('import.upload.chosen', { name: file.name })}
        </Typography.Text>
      )}
      <Flex align="center" gap={8}>
        <label htmlFor="import-encoding">{t('import.upload.encoding')}</label>
        <Select<CsvEncoding>
          id="import-encoding"
          value={encoding}
          onChange={setEncoding}
          disabled={!!file && !isCsv(file.name)}
          style={{ width: 160 }}
          options={ENCODINGS.map((value) => ({
            value,
            label: value === 'auto' ? t('import.upload.encodingAuto') : value,
          }))}
        />
      </Flex>
      <Space>
        <Button onClick={onBack}>{t('import.upload.back')}</Button>
        <Button type="primary" disabled={!file} loading={start.isPending} onClick={submit}>
          {t('import.upload.start')}
        </Button>
      </Space>
    </Flex>
  );
}
