package org.dutyledger.integration.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.Demo;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.integration.imports.Imports.await;
import static org.dutyledger.support.Tokens.as;

/**
 * Jobs belong to no instance: a job whose worker died (stale heartbeat) is taken over, one with a live
 * worker is left alone. The jobs are staged in the database the way another instance would have left them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ImportWorkerTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aJobOfADeadWorkerIsReclaimedAndALiveOneIsNot() throws Exception {
        String code = Demo.uniqueCode("RC");
        byte[] file = ("机构编码,机构名称,机构类型,上级机构编码\n" + code + ",接管测试,其他,DH-LIUAN\n").getBytes(StandardCharsets.UTF_8);
        long dead = stage(file, "worker-gone", "now() - interval '1 hour'");
        long alive = stage(file, "worker-busy", "now()");
        assertThat(await("admin", dead).getString("status")).isEqualTo("VALID");
        Thread.sleep(2500);
        assertThat(as("admin").get("/api/v1/imports/" + alive).then().statusCode(200).extract().jsonPath().getString("status"))
                .isEqualTo("VALIDATING");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE import_job SET status = 'INVALID', claimed_by = NULL WHERE id = ?")) {
            ps.setLong(1, alive);
            ps.executeUpdate();
        }
    }

    private long stage(byte[] file, String worker, String heartbeat) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO import_job (kind, format, encoding, status, created_by_subject, created_by_username, created_by_admin,
                      claimed_by, heartbeat_at, created_at) VALUES ('organizations', 'csv', 'UTF-8', 'VALIDATING', 'sub-admin', 'admin',
                      true, ?, %s, now()) RETURNING id""".formatted(heartbeat))) {
                ps.setString(1, worker);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_upload (job_id, content) VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, file);
                ps.executeUpdate();
            }
            return id;
        }
    }
}
