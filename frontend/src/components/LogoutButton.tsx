import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';

/** Logout through the identity provider; `iconOnly` (a phone's header) keeps its name for screen readers. */
export function LogoutButton({ iconOnly = false }: { iconOnly?: boolean }) {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Button
      data-testid="logout"
      icon={<LogoutOutlined aria-hidden />}
      aria-label={iconOnly ? t('common.user.logout') : undefined}
      title={iconOnly ? t('common.user.logout') : undefined}
      onClick={() => void auth.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` })}
    >
      {iconOnly ? null : t('common.user.logout')}
    </Button>
  );
}
