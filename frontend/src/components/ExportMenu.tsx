import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@/lib/api-types';
import { todayApiDate } from '@/lib/dates';
import { showProblem } from '@/lib/form-errors';
import { useDownload } from '@/lib/use-download';

/** What GET /exports/{kind} serves: the import kinds, in their templates' columns. */
export type ExportKind = ImportKind;
type ExportFormat = 'xlsx' | 'csv';

const FORMATS: { format: ExportFormat; name: string }[] = [
  { format: 'xlsx', name: 'Excel' },
  { format: 'csv', name: 'CSV' },
];

/** The same columns as the import template, so the file can be edited and imported again. */
export function exportUrl(kind: ExportKind, format: ExportFormat, under?: number): string {
  const query = under ? `?under=${under}` : '';
  return `/api/v1/exports/${kind}.${format}${query}`;
}

/**
 * Exports in the import templates' columns (Excel or CSV), so a file can be edited and imported
 * again. `under` limits it to a subtree; without it the server exports what the user may see.
 * Used by the organization, person, duty and channel pages.
 */
export function ExportMenu({
  kinds,
  under,
  label,
  testId,
}: {
  kinds: ExportKind[];
  under?: number;
  /** i18n key of the button; "导出" by default. */
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useDownload();

  const items = kinds.flatMap((kind) =>
    FORMATS.map(({ format, name }) => ({
      key: `${kind}.${format}`,
      label:
        kinds.length === 1
          ? t(`import.export.${format}`)
          : t('import.export.kindFormat', { kind: t(`import.kind.${kind}`), format: name }),
      onClick: () => {
        const fileName = t('import.export.fileName', {
          kind: t(`import.kind.${kind}`),
          date: todayApiDate(),
        });
        download.mutate(
          // CSV: the server's name (local date and time); xlsx keeps the name given here
          {
            url: exportUrl(kind, format, under),
            fileName: `${fileName}.${format}`,
            serverName: format === 'csv',
          },
          { onError: (error) => showProblem(error, message) },
        );
      },
    })),
  );

  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button data-testid={testId} icon={<DownloadOutlined aria-hidden />} loading={download.isPending}>
        {t(label ?? 'import.export.button')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
