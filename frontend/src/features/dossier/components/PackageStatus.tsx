import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionPackage } from '../api/types';
import { isBuilding, percent, STATUS_COLORS } from './status';

/** The status tag; while building, the progress (files written of files to write); when failed, why. */
export function PackageStatus({ pkg }: { pkg: InspectionPackage }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ minWidth: 160 }}>
      <span>
        <Tag
          color={STATUS_COLORS[pkg.status]}
          data-testid="package-status"
          data-status={pkg.status}
          data-package-id={pkg.id}
        >
          {t(`dossier.status.${pkg.status}`)}
        </Tag>
      </span>
      {isBuilding(pkg.status) && (
        <span data-testid="package-progress">
          <Progress percent={percent(pkg)} size="small" status="active" />
          {pkg.progress?.total > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dossier.list.progress', { done: pkg.progress.done, total: pkg.progress.total })}
            </Typography.Text>
          )}
        </span>
      )}
      {pkg.status === 'FAILED' && pkg.failure && (
        <Typography.Text type="danger" data-testid="package-failure" style={{ maxWidth: 260 }}>
          {pkg.failure.message || pkg.failure.code}
        </Typography.Text>
      )}
    </Flex>
  );
}
