import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '@/components/ReasonModal';
import { useWaiveObligation } from '../api/waive-obligation';
import type { Obligation } from '../api/types';
import { periodLabel } from './periods';

/** The issuing level lets an organization off one instance; the reason stays on the record. */
export function WaiveModal({ obligation, onClose }: { obligation: Obligation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const waive = useWaiveObligation();
  return (
    <ReasonModal
      title={t('obligation.waive.title', {
        title: obligation.title,
        organization: obligation.organization.name,
        period: periodLabel(obligation.period, t),
      })}
      okText={t('obligation.waive.ok')}
      danger
      hint={t('obligation.waive.hint')}
      name="waive-obligation"
      testId="waive-form"
      reason={{
        label: t('obligation.waive.reason'),
        requiredMessage: t('obligation.form.required', { field: t('obligation.waive.reason') }),
      }}
      pending={waive.isPending}
      onCancel={onClose}
      onSubmit={async ({ reason }) => {
        await waive.mutateAsync({
          id: obligation.id,
          body: { reason: reason!, version: obligation.version },
        });
        void message.success(t('obligation.waive.done'));
        onClose();
      }}
    />
  );
}
