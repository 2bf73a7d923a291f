package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.organization.leadinggroup.LeadingGroupPosition;
import org.dutyledger.organization.leadinggroup.LeadingGroupService;
import org.dutyledger.organization.leadinggroup.LeadingGroupRequests;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fictional people for the local run and the tests, loaded through the services (so audited). The usernames
 * are those of the web-app's demo logins; people without a username have no login.
 */
@ApplicationScoped
public class DemoPeople {

    @Inject
    PersonService people;

    @Inject
    LeadingGroupService leadingGroups;

    private Map<String, Long> orgIds;
    private int order;

    void load(Map<String, Long> orgIds) {
        this.orgIds = orgIds;
        person("系统管理员", "系统管理员", "admin", null, null, null);
        person("纪委监督员", "区纪委监督员", "auditor", null, null, null);
        long secretary = person("王建国", "东湖街道党工委书记", "secretary", "OA-1001", "027-8600 1001",
                List.of(staff("STREET-DH", true)));
        long deputy = person("李明华", "东湖街道党工委副书记、街道办主任", "deputy", "OA-1002", "027-8600 1002",
                List.of(staff("STREET-DH", true)));
        long editor = person("张晓燕", "东湖街道宣传干事", "editor", "OA-1003", "027-8600 1003",
                List.of(staff("STREET-DH", true), member("DH-OFFICE")));
        person("赵桂兰", "柳岸社区党委书记", "community", "OA-1101", null, List.of(staff("DH-LIUAN", true)));
        person("陈志强", "西山街道党政办主任", "outsider", "OA-2001", null, List.of(staff("STREET-XS", true)));
        // A member (not staff) of the district: reads its subtree; files accountability cases by the grant DemoAccountability gives.
        person("林正", "临江区纪委干部", "discipline", "OA-0501", null, List.of(member("DISTRICT", true)));
        long organizer = person("刘德胜", "东湖街道党工委委员、组织委员", null, "OA-1004", "027-8600 1004",
                List.of(staff("STREET-DH", true)));
        long office = person("孙丽娟", "东湖街道党政办副主任", null, "OA-1005", null,
                List.of(staff("DH-OFFICE", true)));
        person("周海涛", "桃园社区党委书记", null, null, "139 0000 1201", List.of(staff("DH-TAOYUAN", true)));
        person("吴秀英", "东湖村党支部书记", null, null, null, List.of(staff("DH-DONGHU", true)));
        person("郑文斌", "市文旅局宣传科科长", null, "OA-3001", "027-8500 3001", List.of(staff("CT-PROPAGANDA", true)));
        person("黄雅琴", "城发集团党群工作部干事", null, "OA-4001", null, List.of(member("COMPANY-JC", true)));
        leadingGroups.replace(orgIds.get("STREET-DH"), new LeadingGroupRequests.Replace(null,
                "东湖街道网络意识形态工作领导小组", orgIds.get("DH-OFFICE"), editor, List.of(
                line(secretary, LeadingGroupPosition.LEADER, "党工委书记"),
                line(deputy, LeadingGroupPosition.DEPUTY, "党工委副书记、街道办主任"),
                line(organizer, LeadingGroupPosition.MEMBER, "党工委委员、组织委员"),
                line(editor, LeadingGroupPosition.MEMBER, "宣传干事"),
                line(office, LeadingGroupPosition.MEMBER, "党政办副主任"))));
    }

    private long person(String name, String post, String username, String externalId, String phone,
                        List<PersonRequests.MembershipEntry> memberships) {
        String email = externalId == null ? null : externalId.toLowerCase() + "@example.org";
        return people.create(new PersonRequests.Create(name, post, phone, email, externalId, username, true,
                memberships == null ? List.of() : new ArrayList<>(memberships))).id;
    }

    private PersonRequests.MembershipEntry staff(String code, boolean primary) {
        return new PersonRequests.MembershipEntry(orgIds.get(code), MembershipRole.STAFF, primary);
    }

    private PersonRequests.MembershipEntry member(String code) {
        return member(code, false);
    }

    private PersonRequests.MembershipEntry member(String code, boolean primary) {
        return new PersonRequests.MembershipEntry(orgIds.get(code), MembershipRole.MEMBER, primary);
    }

    private LeadingGroupRequests.MemberEntry line(long personId, LeadingGroupPosition position, String post) {
        return new LeadingGroupRequests.MemberEntry(personId, position, post, ++order);
    }
}
