import type { TFunction } from 'i18next';
import type { DutyAssignment } from '@/lib/api-types';
import { formatDate } from '@/lib/format';

/**
 * Why an assignment ended, in the reader's language: from its code and successor ("交接给 张三（自 … 起）"), with the
 * words a person wrote; an entry ended before the codes existed shows the text stored then. Empty while held.
 */
export function endReasonText(a: DutyAssignment, t: TFunction): string {
  if (!a.validTo) return '';
  const words = a.endReason?.trim() ?? '';
  switch (a.endReasonCode) {
    case 'HANDED_OVER':
      return a.successor
        ? t('duty.endReason.handedOverTo', {
            name: a.successor.person.name,
            date: formatDate(a.successor.validFrom),
          })
        : words || t('duty.endReason.HANDED_OVER');
    case 'ENDED':
      return words || t('duty.endReason.ENDED');
    case 'CORRECTED':
    case 'CHANNEL_CLOSED':
    case 'IMPORTED':
      return words
        ? t('duty.endReason.withWords', { reason: t(`duty.endReason.${a.endReasonCode}`), words })
        : t(`duty.endReason.${a.endReasonCode}`);
    default:
      return words;
  }
}
