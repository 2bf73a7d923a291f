import { useQuery } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { PageSpin } from '@/components/PageSpin';
import { createUserManager, loadClientConfig, onSigninCallback } from '@/lib/auth';
import { isApiProblem } from '@/lib/problem';
import { AppRouter } from './AppRouter';
import { AuthGate } from './AuthGate';
import { MeGate } from './MeGate';

/** Fetches the OIDC settings from the backend, then signs in and shows the app. */
export function Bootstrap() {
  const { t } = useTranslation();
  const config = useQuery({ queryKey: ['client-config'], queryFn: loadClientConfig, staleTime: Infinity });
  const userManager = useMemo(() => (config.data ? createUserManager(config.data) : null), [config.data]);

  if (config.isError) {
    return (
      <Result
        status="error"
        title={t('common.auth.configFailed')}
        subTitle={
          isApiProblem(config.error) ? (config.error.detail ?? config.error.title) : t('common.error.network')
        }
        extra={<Button onClick={() => void config.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!userManager) return <PageSpin />;

  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      <AuthGate>
        <MeGate>
          <AppRouter />
        </MeGate>
      </AuthGate>
    </AuthProvider>
  );
}
