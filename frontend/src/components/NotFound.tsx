import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for unknown routes and for ids outside the user's scope (the API answers 404 for both). */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      data-testid="not-found"
      status="404"
      title={t('common.error.notFound')}
      subTitle={t('common.error.notFoundDetail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.error.backHome')}</Button>
        </Link>
      }
    />
  );
}
