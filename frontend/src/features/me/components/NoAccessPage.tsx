import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LogoutButton } from '@/components/LogoutButton';
import type { Me } from '@/lib/api-types';

/** For a signed-in user without a person record or without memberships: says whom to ask. */
export function NoAccessPage({ me, onReload }: { me: Me; onReload: () => void }) {
  const { t } = useTranslation();
  const reason = me.person
    ? t('me.noAccess.noScope')
    : t('me.noAccess.noPerson', { username: me.username ?? me.subject });
  return (
    <Flex vertical style={{ minHeight: '100vh', padding: 24 }}>
      <Flex justify="flex-end" gap={12}>
        <LanguageSwitch />
        <LogoutButton />
      </Flex>
      <Result
        data-testid="no-access"
        status="info"
        title={t('me.noAccess.title')}
        subTitle={
          <>
            <Typography.Paragraph>{reason}</Typography.Paragraph>
            <Typography.Paragraph>{t('me.noAccess.whatToDo')}</Typography.Paragraph>
          </>
        }
        extra={<Button onClick={onReload}>{t('me.noAccess.reload')}</Button>}
      />
    </Flex>
  );
}
