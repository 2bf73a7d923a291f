import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Radio, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showProblem } from '@/lib/form-errors';
import { templateUrl, useDownload } from '../api/downloads';
import { IMPORT_KINDS } from '../api/kinds';
import type { ImportKind } from '../api/types';

/** Step 1: what the file holds, each kind with its template (Chinese headers and a 填写说明 sheet). */
export function KindStep({
  kind,
  onChange,
  onNext,
}: {
  kind: ImportKind | undefined;
  onChange: (kind: ImportKind) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const download = useDownload();

  function downloadTemplate(value: ImportKind) {
    const fileName = `${t('import.choose.templateFileName', { kind: t(`import.kind.${value}`) })}.xlsx`;
    download.mutate(
      { url: templateUrl(value), fileName },
      { onError: (error) => showProblem(error, message) },
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('import.choose.title')}
      </Typography.Title>
      <Radio.Group
        value={kind}
        onChange={(event) => onChange(event.target.value as ImportKind)}
        aria-label={t('import.choose.title')}
      >
        <Flex vertical gap={8}>
          {IMPORT_KINDS.map((value) => (
            <Flex
              key={value}
              align="center"
              justify="space-between"
              gap={16}
              wrap
              style={{
                padding: '8px 12px',
                border: `1px solid ${kind === value ? token.colorPrimary : token.colorBorderSecondary}`,
                borderRadius: token.borderRadius,
              }}
            >
              <Radio value={value}>
                <Typography.Text strong>{t(`import.kind.${value}`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                  {t(`import.kindHint.${value}`)}
                </Typography.Text>
              </Radio>
              <Button
                type="link"
                data-testid={`template-${value}`}
                icon={<DownloadOutlined aria-hidden />}
                onClick={() => downloadTemplate(value)}
              >
                {t('import.choose.template')}
              </Button>
            </Flex>
          ))}
        </Flex>
      </Radio.Group>
      <div>
        <Button type="primary" disabled={!kind} onClick={onNext}>
          {t('import.choose.next')}
        </Button>
      </div>
    </Flex>
  );
}
