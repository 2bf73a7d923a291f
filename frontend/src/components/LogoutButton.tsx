import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';

export function LogoutButton() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Button
      data-testid="logout"
      icon={<LogoutOutlined aria-hidden />}
      onClick={() => void auth.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` })}
    >
      {t('common.user.logout')}
    </Button>
  );
}
