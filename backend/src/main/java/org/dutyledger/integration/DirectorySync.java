package org.dutyledger.integration;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.ProblemException;
import org.dutyledger.security.CurrentUser;

import java.util.List;

/**
 * Keeps organizations and people in step with an OA directory. Only machine clients (realm role
 * `integration`) and administrators may sync; changes are audited as the calling account.
 */
@ApplicationScoped
public class DirectorySync {

    static final String SOURCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    @Inject
    CurrentUser user;

    @Inject
    OrganizationDirectory organizationSync;

    @Inject
    PeopleDirectory peopleSync;

    public SyncViews.Result organizations(List<SyncRequests.Organization> batch, Mode mode) {
        admit(batch, mode);
        return organizationSync.sync(batch, mode.source(), mode.full(), mode.deactivateMissing());
    }

    public SyncViews.Result people(List<SyncRequests.Person> batch, Mode mode) {
        admit(batch, mode);
        return peopleSync.sync(batch, mode.source(), mode.full(), mode.deactivateMissing());
    }

    /** How a batch is applied: full mode compares against everything held from the named source. */
    public record Mode(boolean full, String source, boolean deactivateMissing) {

        public static Mode parse(String mode, String source, boolean deactivateMissing) {
            String m = mode == null || mode.isBlank() ? "incremental" : mode.strip();
            if (!m.equals("incremental") && !m.equals("full")) {
                throw ProblemException.badRequest("mode", FieldCode.NOT_ONE_OF, Map.of("allowed", "incremental, full"));
            }
            String s = source == null || source.isBlank() ? null : source.strip();
            if (s != null && !s.matches(SOURCE_PATTERN)) {
                throw ProblemException.badRequest("source", FieldCode.BAD_FORMAT, Map.of("pattern", SOURCE_PATTERN));
            }
            if (m.equals("full") && s == null) {
                throw ProblemException.badRequest("source", FieldCode.REQUIRED);
            }
            if (deactivateMissing && !m.equals("full")) {
                throw ProblemException.badRequest("deactivateMissing", FieldCode.FULL_MODE_ONLY);
            }
            return new Mode(m.equals("full"), s, deactivateMissing);
        }
    }

    private void admit(List<?> batch, Mode mode) {
        if (!user.isIntegration() && !user.isAdmin()) {
            throw ProblemException.forbidden("只有集成客户端或管理员可以同步目录",
                    "Only an integration client or an administrator may sync the directory");
        }
        if (batch == null) {
            throw ProblemException.badRequest("body", FieldCode.NOT_JSON_ARRAY);
        }
        if (batch.size() > SyncRequests.MAX_BATCH) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    ProblemException.detail("一批最多 " + SyncRequests.MAX_BATCH + " 项，本批有 " + batch.size() + " 项",
                            "A batch holds at most " + SyncRequests.MAX_BATCH + " items; this one has " + batch.size()));
        }
        user.actForDirectorySync();
    }
}
