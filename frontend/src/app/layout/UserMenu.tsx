import { UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LogoutButton } from '@/components/LogoutButton';
import { useMe } from '@/features/me';

const MAX_SCOPE_TAGS = 3;

/**
 * The signed-in user's name and scope, the language switch and logout. `compact` (a phone): the roles and the
 * scope open from the name, logout is an icon, so the header keeps to the screen's width.
 */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  // The person record's name first: the token's "name" is "given family" (建国 王), not 王建国.
  const name = me.person?.name || me.displayName || me.username || me.subject;
  const roles = me.globalRoles.map((role) => t(`common.user.globalRole.${role}`, { defaultValue: role }));
  const scope = me.scope.map((entry) => ({
    key: `${entry.organizationId}-${entry.role}`,
    text: `${entry.name} · ${t(`common.user.scopeRole.${entry.role}`, { defaultValue: entry.role })}`,
  }));
  const shown = scope.slice(0, MAX_SCOPE_TAGS);
  const hidden = scope.slice(MAX_SCOPE_TAGS);

  const roleTags = roles.map((role) => (
    <Tag key={role} color="gold">
      {role}
    </Tag>
  ));
  const scopeLabel = (
    <Typography.Text type="secondary">
      {t('common.user.scope')}
      {t('common.punctuation.colon')}
    </Typography.Text>
  );

  if (compact) {
    const details = (
      <Flex vertical gap={8} style={{ maxWidth: 280 }} data-testid="user-scope">
        {roleTags.length > 0 && <Flex wrap>{roleTags}</Flex>}
        {scopeLabel}
        <Flex wrap gap={4}>
          {scope.map((entry) => (
            <Tag key={entry.key}>{entry.text}</Tag>
          ))}
        </Flex>
      </Flex>
    );
    return (
      <Flex data-testid="user-menu" align="center" gap={8} style={{ paddingBlock: 8, minWidth: 0 }}>
        <Popover content={details} trigger="click" placement="bottomRight">
          <Button type="text" size="small" icon={<UserOutlined aria-hidden />} style={{ minWidth: 0 }}>
            <Typography.Text strong data-testid="user-name" ellipsis style={{ maxWidth: 96 }}>
              {name}
            </Typography.Text>
          </Button>
        </Popover>
        <LanguageSwitch />
        <LogoutButton iconOnly />
      </Flex>
    );
  }

  return (
    <Flex data-testid="user-menu" align="center" gap={12} wrap style={{ paddingBlock: 8 }}>
      <Flex align="center" gap={8}>
        <Avatar size="small" icon={<UserOutlined aria-hidden />} />
        <Typography.Text strong data-testid="user-name">
          {name}
        </Typography.Text>
        {roleTags}
      </Flex>
      <Flex align="center" gap={4} wrap aria-label={t('common.user.scope')} data-testid="user-scope">
        {scopeLabel}
        {shown.map((entry) => (
          <Tag key={entry.key}>{entry.text}</Tag>
        ))}
        {hidden.length > 0 && (
          <Popover
            content={hidden.map((entry) => (
              <div key={entry.key}>{entry.text}</div>
            ))}
          >
            <Tag>+{hidden.length}</Tag>
          </Popover>
        )}
      </Flex>
      <LanguageSwitch />
      <LogoutButton />
    </Flex>
  );
}
