package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.channel.ChannelService;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.channel.ChannelRequests;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.duty.DutyRequests;
import org.dutyledger.person.PersonRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fictional duties and channels, loaded through the services (so audited). 东湖街道 is complete — no vacancy —
 * while 桃园社区 and others are left without holders, so the matrix has gaps to show.
 */
@ApplicationScoped
public class DemoDuties {

    static final LocalDate SINCE = LocalDate.of(2024, 1, 1);
    static final DutyRequests.Basis BASIS = new DutyRequests.Basis("东湖党工〔2024〕1号",
            "关于调整东湖街道网络意识形态工作责任分工的通知");

    @Inject
    DutyService duties;

    @Inject
    ChannelService channels;

    @Inject
    PersonRepository people;

    private Map<String, Long> orgIds;

    void load(Map<String, Long> orgIds) {
        this.orgIds = orgIds;
        assign("王建国", "STREET-DH", DutyRole.FIRST_RESPONSIBLE, SINCE, BASIS, List.of(), null);
        assign("李明华", "STREET-DH", DutyRole.DIRECT_RESPONSIBLE, SINCE, BASIS, List.of(), null);
        assign("张晓燕", "STREET-DH", DutyRole.PROPAGANDA_OFFICER, SINCE, BASIS, List.of(), null);
        assign("孙丽娟", "STREET-DH", DutyRole.LIAISON, LocalDate.of(2024, 3, 1), null, List.of(), null);
        assign("刘德胜", "STREET-DH", DutyRole.MEMBER_DUAL_DUTY, SINCE, BASIS,
                List.of(orgIds.get("DH-LIUAN"), orgIds.get("DH-TAOYUAN")), null);
        assign("赵桂兰", "DH-LIUAN", DutyRole.FIRST_RESPONSIBLE, SINCE,
                new DutyRequests.Basis("柳岸社党〔2024〕2号", "柳岸社区网络意识形态工作责任分工"), List.of(), null);
        assign("陈志强", "STREET-XS", DutyRole.FIRST_RESPONSIBLE, SINCE,
                new DutyRequests.Basis("西山党工〔2024〕5号", null), List.of(), null);

        long wechat = channel(ChannelType.WECHAT_OFFICIAL_ACCOUNT, "东湖发布", null, "donghu_fabu",
                ChannelStatus.ACTIVE, LocalDate.of(2023, 5, 1), "东湖街道官方微信公众号");
        long website = channel(ChannelType.WEBSITE, "东湖街道门户网站", "https://donghu.example.org", null,
                ChannelStatus.ACTIVE, LocalDate.of(2021, 9, 1), "街道政务信息公开网站");
        channel(ChannelType.WORK_GROUP, "东湖街道网格员工作群", null, null, ChannelStatus.PENDING_LAUNCH, null,
                "筹建中的网格员微信工作群");
        assign("张晓燕", "STREET-DH", DutyRole.CHANNEL_ADMIN, SINCE, null, List.of(), wechat);
        assign("孙丽娟", "STREET-DH", DutyRole.CHANNEL_ADMIN, SINCE, null, List.of(), website);
    }

    private void assign(String name, String orgCode, DutyRole role, LocalDate from, DutyRequests.Basis basis,
                        List<Long> scope, Long channelId) {
        long personId = people.find("name", name).firstResult().id;
        duties.assign(new DutyRequests.Assign(personId, orgIds.get(orgCode), role, from, null, basis, scope, channelId));
    }

    private long channel(ChannelType type, String name, String url, String account, ChannelStatus status,
                         LocalDate launchedOn, String description) {
        return channels.create(new ChannelRequests.Create(orgIds.get("STREET-DH"), type, name, url, account, status,
                launchedOn, description)).id;
    }
}
