import { useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { PageSpin } from '@/components/PageSpin';
import { signinArgs } from '@/lib/auth';
import { isApiProblem } from '@/lib/problem';

/** Renders its children only for a signed-in user; otherwise sends the browser to Keycloak. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const redirecting = useRef(false);

  useEffect(() => {
    if (hasAuthParams() || auth.isAuthenticated || auth.activeNavigator || auth.isLoading || auth.error)
      return;
    if (redirecting.current) return;
    redirecting.current = true;
    void auth.signinRedirect(signinArgs());
  }, [auth]);

  // An API call refused for a missing or expired token: sign in again and come back.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (isApiProblem(error) && error.status === 401 && !redirecting.current) {
          redirecting.current = true;
          void auth.signinRedirect(signinArgs());
        }
      }),
    [auth, queryClient],
  );

  if (auth.error) {
    return (
      <Result
        status="warning"
        title={t('common.auth.signInFailed')}
        subTitle={auth.error.message}
        extra={
          <Button type="primary" onClick={() => void auth.signinRedirect(signinArgs())}>
            {t('common.auth.signIn')}
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) return <PageSpin tip={t('common.auth.signingIn')} />;
  return <>{children}</>;
}
