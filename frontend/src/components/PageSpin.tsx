import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageSpin({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, width: '100%' }}>
      <Spin description={tip ?? t('common.loading')}>
        <div style={{ padding: 48 }} />
      </Spin>
    </Flex>
  );
}
