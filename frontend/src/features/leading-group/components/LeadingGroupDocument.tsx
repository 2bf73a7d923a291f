import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  LEADING_GROUP_POSITIONS as POSITIONS,
  type LeadingGroup,
  type LeadingGroupMember,
  type LeadingGroupPosition,
} from '@/lib/api-types';
import { punctuation } from '@/lib/punctuation';
import './leading-group.css';

export function groupTitle(group: LeadingGroup, organizationName: string, t: TFunction): string {
  return group.name?.trim() || t('leadingGroup.defaultName', { organization: organizationName });
}

function byPosition(members: LeadingGroupMember[], position: LeadingGroupPosition) {
  return members.filter((m) => m.position === position).sort((a, b) => a.sortOrder - b.sortOrder);
}

/**
 * The leading group as such documents list it: 组长 / 副组长 / 成员 with each person's post,
 * then the office, its department and its director. Used on screen and in print.
 */
export function LeadingGroupDocument({
  group,
  organizationName,
}: {
  group: LeadingGroup;
  organizationName: string;
}) {
  const { t } = useTranslation();
  const title = groupTitle(group, organizationName, t);
  const colon = punctuation(t).colon;
  return (
    <div className="lg-doc" data-testid="leading-group-document">
      <p className="lg-doc__intro">{t('leadingGroup.composition', { name: title })}</p>
      <table className="lg-doc__table">
        <tbody>
          {POSITIONS.map((position) => {
            const members = byPosition(group.members, position);
            if (members.length === 0) return null;
            return members.map((member, index) => (
              <tr key={`${position}-${member.personId}`} data-position={position}>
                <th scope="row">{index === 0 ? `${t(`leadingGroup.position.${position}`)}${colon}` : ''}</th>
                <td className="lg-doc__name">{member.personName}</td>
                <td className="lg-doc__post">{member.postText ?? ''}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
      {group.officeDepartment && (
        <p className="lg-doc__office" data-testid="leading-group-office">
          {group.officeDirector
            ? t('leadingGroup.officeLine', {
                department: group.officeDepartment.name,
                director: group.officeDirector.name,
              })
            : t('leadingGroup.officeLineNoDirector', { department: group.officeDepartment.name })}
        </p>
      )}
    </div>
  );
}
