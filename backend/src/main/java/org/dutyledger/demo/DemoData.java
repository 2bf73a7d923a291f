package org.dutyledger.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;

/**
 * A fictional hierarchy for the local run and the tests, loaded through the services (so it is audited)
 * when the database has no organization yet. Never enabled in production.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "dutyledger.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    DemoPeople people;

    @Inject
    DemoDuties duties;

    @Inject
    DemoObligations obligations;

    @Inject
    DemoWorkReports workReports;

    @Inject
    DemoAccountability accountability;

    @Inject
    DemoInspections inspections;

    final Map<String, Long> orgIds = new HashMap<>();

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        io.quarkus.arc.Arc.container().requestContext().activate();
        try {
            currentUser.actAsSystem();
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
        } finally {
            io.quarkus.arc.Arc.container().requestContext().terminate();
        }
    }

    void loadIfEmpty() {
        long existing = ((Number) em.createNativeQuery("SELECT count(*) FROM organization").getSingleResult()).longValue();
        if (existing > 0) {
            return;
        }
        LOG.info("Empty database: loading the fictional demo hierarchy");
        org("CITY", "江城市委", "市委", OrganizationType.PARTY_COMMITTEE, null);
        org("DISTRICT", "江城市临江区委", "临江区委", OrganizationType.PARTY_COMMITTEE, "CITY");
        org("STREET-DH", "临江区东湖街道党工委", "东湖街道", OrganizationType.PARTY_WORKING_COMMITTEE, "DISTRICT");
        org("DH-OFFICE", "东湖街道党政办公室", "党政办", OrganizationType.DEPARTMENT, "STREET-DH");
        org("DH-LIUAN", "东湖街道柳岸社区", "柳岸社区", OrganizationType.COMMUNITY, "STREET-DH");
        org("DH-TAOYUAN", "东湖街道桃园社区", "桃园社区", OrganizationType.COMMUNITY, "STREET-DH");
        org("DH-DONGHU", "东湖街道东湖村", "东湖村", OrganizationType.VILLAGE, "STREET-DH");
        org("STREET-XS", "临江区西山街道党工委", "西山街道", OrganizationType.PARTY_WORKING_COMMITTEE, "DISTRICT");
        org("XS-OFFICE", "西山街道党政办公室", "党政办", OrganizationType.DEPARTMENT, "STREET-XS");
        org("XS-SONGLIN", "西山街道松林社区", "松林社区", OrganizationType.COMMUNITY, "STREET-XS");
        org("XS-QUANSHUI", "西山街道泉水社区", "泉水社区", OrganizationType.COMMUNITY, "STREET-XS");
        org("XS-XISHAN", "西山街道西山村", "西山村", OrganizationType.VILLAGE, "STREET-XS");
        org("BUREAU-CT", "江城市文化和旅游局", "市文旅局", OrganizationType.GOVERNMENT_DEPARTMENT, "CITY");
        org("CT-OFFICE", "市文旅局办公室", "办公室", OrganizationType.DEPARTMENT, "BUREAU-CT");
        org("CT-PROPAGANDA", "市文旅局宣传科", "宣传科", OrganizationType.DEPARTMENT, "BUREAU-CT");
        org("COMPANY-JC", "江城城市发展集团有限公司", "城发集团", OrganizationType.COMPANY, "CITY");
        org("JC-NORTH", "城发集团北区分公司", "北区分公司", OrganizationType.COMPANY, "COMPANY-JC");
        org("JC-SOUTH", "城发集团南区分公司", "南区分公司", OrganizationType.COMPANY, "COMPANY-JC");
        people.load(orgIds);
        duties.load(orgIds);
        obligations.load(orgIds);
        workReports.load(orgIds);
        accountability.load(orgIds);
        inspections.load(orgIds);
    }

    private void org(String code, String name, String shortName, OrganizationType type, String parentCode) {
        Long parentId = parentCode == null ? null : orgIds.get(parentCode);
        Organization org = organizations.create(new OrganizationRequests.Create(code, name, shortName, type, parentId,
                orgIds.size()));
        orgIds.put(code, org.id);
    }
}
