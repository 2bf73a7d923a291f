import { Button, Result } from 'antd';
import type { UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useState } from 'react';
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
  const [userManager, setUserManager] = useState<UserManager | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    loadClientConfig()
      .then((config) => setUserManager(createUserManager(config)))
      .catch(setError);
  }, []);

  useEffect(load, [load]);

  if (error) {
    return (
      <Result
        status="error"
        title={t('common.auth.configFailed')}
        subTitle={isApiProblem(error) ? (error.detail ?? error.title) : t('common.error.network')}
        extra={<Button onClick={load}>{t('common.retry')}</Button>}
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
