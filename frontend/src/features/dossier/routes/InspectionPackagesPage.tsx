import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { useMe } from '@/features/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCancelPackage, useDownloadPackage, usePackages } from '../api/packages';
import { PACKAGE_STATUSES, type InspectionPackage, type PackageStatus as Status } from '../api/types';
import { PackageForm } from '../components/PackageForm';
import { PackageStatus } from '../components/PackageStatus';
import { showPackageProblem } from '../components/problems';
import { formatSize, isBuilding } from '../components/status';
import '../locale';

/**
 * 迎检材料包: build one verifiable zip of an organization's ledgers and records for a period (?organizationId= presets the
 * form), and my packages below it, polled while one is being built (?status= filters them).
 */
export default function InspectionPackagesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const params = useListParams();
  const status = params.oneOf<Status>('status', PACKAGE_STATUSES);
  const packages = usePackages({ status, page: params.page, size: params.size });
  const download = useDownloadPackage();
  const cancel = useCancelPackage();
  // the organization the page was opened for, else the first one the user keeps
  const organizationId = params.id('organizationId') ?? me?.scope[0]?.organizationId;

  return (
    <Flex vertical gap={16}>
      <Card title={t('dossier.form.title')}>
        <Flex gap={24} wrap align="start">
          <div style={{ flex: '1 1 480px' }}>
            <PackageForm
              key={organizationId ?? 0}
              organizationId={organizationId}
              onCreated={() => params.update({ status: null, page: 0 })}
            />
          </div>
          <Alert
            type="info"
            showIcon
            data-testid="package-help"
            style={{ flex: '1 1 320px', maxWidth: 520 }}
            title={t('dossier.help.title')}
            description={
              <Flex vertical gap={6}>
                <span>{t('dossier.help.contents')}</span>
                <span>{t('dossier.help.checkHtml')}</span>
                <span>
                  {t('dossier.help.checkPy')} <Typography.Text code>python3 verify.py</Typography.Text>
                </span>
                <span>{t('dossier.help.audit')}</span>
                <span>{t('dossier.help.kept')}</span>
              </Flex>
            }
          />
        </Flex>
      </Card>
      <PagedListPage<InspectionPackage>
        title={t('dossier.list.title')}
        testId="package-list"
        // the 2-second poll does not cover the table with a spinner; a new filter or page does
        list={{ ...packages, isFetching: packages.isPending || packages.isPlaceholderData }}
        page={params.page}
        onPage={(next) => params.update({ page: next })}
        emptyText={t('dossier.list.empty')}
        filters={
          <Select<Status>
            aria-label={t('dossier.field.status')}
            placeholder={t('dossier.field.status')}
            allowClear
            value={status}
            style={{ width: 140 }}
            onChange={(value) => params.update({ status: value ?? null })}
            options={PACKAGE_STATUSES.map((value) => ({ value, label: t(`dossier.status.${value}`) }))}
          />
        }
        columns={[
          {
            title: t('dossier.field.organization'),
            dataIndex: 'organizationName',
            render: (name: string, pkg) => (
              <Space size={4}>
                <span>{name}</span>
                {pkg.subtree && <Tag>{t('dossier.list.subtree')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('dossier.field.period'),
            key: 'period',
            render: (_, pkg) => `${formatDate(pkg.from)} ~ ${formatDate(pkg.to)}`,
          },
          {
            title: t('dossier.field.status'),
            dataIndex: 'status',
            render: (_, pkg) => <PackageStatus pkg={pkg} />,
          },
          {
            title: t('dossier.list.files'),
            key: 'files',
            render: (_, pkg) =>
              pkg.fileCount != null ? (
                <span data-testid="package-files">
                  {t('dossier.list.fileCount', { count: pkg.fileCount })} · {formatSize(pkg.size)}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('dossier.list.manifest'),
            dataIndex: 'manifestSha256',
            render: (sha?: string | null) =>
              sha ? (
                <Typography.Text
                  code
                  copyable={{ text: sha }}
                  title={sha}
                  data-testid="manifest-sha256"
                  data-sha256={sha}
                >
                  {`${sha.slice(0, 16)}…`}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: t('dossier.list.requested'),
            key: 'requested',
            render: (_, pkg) => (
              <Flex vertical>
                <span>{pkg.requestedBy?.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(pkg.requestedAt)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('dossier.list.expires'),
            dataIndex: 'expiresAt',
            render: (value?: string | null) => (value ? formatDateTime(value) : '—'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, pkg) => (
              <Space>
                {pkg.status === 'DONE' && (
                  <Button
                    size="small"
                    type="primary"
                    icon={<DownloadOutlined aria-hidden />}
                    data-testid="package-download"
                    loading={download.isPending && download.variables?.id === pkg.id}
                    onClick={() =>
                      download.mutate(pkg, { onError: (error) => showPackageProblem(error, message) })
                    }
                  >
                    {t('dossier.list.download')}
                  </Button>
                )}
                {isBuilding(pkg.status) && (
                  <Popconfirm
                    title={t('dossier.list.cancelConfirm')}
                    okText={t('dossier.list.cancel')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      cancel.mutateAsync(pkg.id).catch((error) => showPackageProblem(error, message))
                    }
                  >
                    <Button
                      size="small"
                      danger
                      icon={<StopOutlined aria-hidden />}
                      data-testid="package-cancel"
                    >
                      {t('dossier.list.cancel')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
