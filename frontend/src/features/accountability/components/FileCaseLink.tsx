import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccess, useMe } from '@/features/me';
import { useOwnGrants } from '../api/filers';
import type { CaseLink } from '../api/types';
import { newCasePath } from './links';
import '../locale';

interface Props {
  link: CaseLink;
  subjectOrganizationId?: number;
  incidentDate?: string;
  size?: 'small' | 'middle';
}

/**
 * 发起问责 from another record's page: the new-case form, pre-linked. Shown to admins and to holders of a
 * filing grant; the form offers those grants' organizations.
 */
export function FileCaseLink({ link, subjectOrganizationId, incidentDate, size }: Props) {
  const { t } = useTranslation();
  const access = useAccess();
  const me = useMe().data;
  const { canFile } = useOwnGrants(me?.person?.id, access.isAdmin);
  if (!canFile) return null;
  return (
    <Link to={newCasePath(link, { subjectOrganizationId, incidentDate })} data-testid="file-case-link">
      <Button size={size} icon={<SafetyCertificateOutlined aria-hidden />}>
        {t('accountability.list.file')}
      </Button>
    </Link>
  );
}
