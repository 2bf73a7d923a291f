import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '@/components/ReasonModal';
import type { DutyAssignment } from '@/lib/api-types';
import { useEndDuty } from '../api/end-duty';
import { periodText } from './describe';

interface Props {
  assignment: DutyAssignment;
  onClose: () => void;
  onEnded: (saved: DutyAssignment) => void;
}

/** Ends a duty: the last day held (inclusive); the entry stays in the ledger. */
export function EndAssignmentModal({ assignment, onClose, onEnded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const end = useEndDuty();

  return (
    <ReasonModal
      title={t('duty.form.endTitle', {
        name: assignment.person.name,
        role: t(`duty.role.${assignment.role}`),
      })}
      okText={t('duty.action.end')}
      hint={periodText(assignment.validFrom, assignment.validTo, t)}
      name="end-duty"
      date={{
        field: 'validTo',
        label: t('duty.field.lastDay'),
        requiredMessage: t('duty.form.required', { field: t('duty.field.lastDay') }),
      }}
      reason={{ label: t('duty.field.endReason'), rows: 2 }}
      pending={end.isPending}
      onCancel={onClose}
      onSubmit={async ({ date, reason }) => {
        const saved = await end.mutateAsync({
          id: assignment.id,
          body: { version: assignment.version, validTo: date!, reason },
        });
        void message.success(t('duty.form.ended', { name: saved.person.name }));
        onEnded(saved);
      }}
    />
  );
}
