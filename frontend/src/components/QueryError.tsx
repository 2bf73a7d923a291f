import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/problem';
import { NotFound } from './NotFound';

/** Renders a failed query: 404 as "not found", anything else with the problem's detail. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiProblem(error) && error.isNotFound) return <NotFound />;
  if (isApiProblem(error) && error.status === 403) {
    return (
      <Result
        status="403"
        title={t('common.error.forbidden')}
        subTitle={error.detail ?? t('common.error.forbiddenDetail')}
      />
    );
  }
  const detail = isApiProblem(error) ? (error.detail ?? error.title) : t('common.error.network');
  return (
    <Result
      status="error"
      title={t('common.error.generic')}
      subTitle={detail}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
