import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess, type Access } from '@/features/me';

export function AccessGuard({
  allowed,
  children,
}: {
  allowed: (access: Access) => boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const access = useAccess();
  if (!allowed(access)) {
    return (
      <Result status="403" title={t('common.error.forbidden')} subTitle={t('common.error.forbiddenDetail')} />
    );
  }
  return <>{children}</>;
}
