import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '@/lib/api-types';

export function VerifyResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid="audit-verify-result"
      data-ok={String(result.ok)}
      showIcon
      type={result.ok ? 'success' : 'error'}
      title={
        result.ok
          ? t('audit.verifyOk', { verified: result.verified, headSeq: result.headSeq })
          : t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?' })
      }
      description={result.ok ? undefined : (result.detail ?? undefined)}
    />
  );
}
