package org.dutyledger.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.audit.AuditPackageExport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AUDIT part: audit/events.jsonl and audit/chain.json, written by the audit capability's {@link AuditPackageExport}.
 * It lives here rather than in audit because the dossier records its package.built event through audit: audit
 * implementing a dossier interface would make the two packages depend on each other.
 */
@ApplicationScoped
public class AuditPackagePart implements PackageContributor {

    @Inject
    AuditPackageExport export;

    @Override
    public PackagePart part() {
        return PackagePart.AUDIT;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        AuditPackageExport.Written[] written = {null};
        // The count is known once the file is written; the manifest is written after every file, so it can say it.
        Map<String, Object> facts = new LinkedHashMap<>();
        out.file("audit/events.jsonl", "audit-events", facts, o -> written[0] = export.writeJsonl(scope.organizationPath(),
                scope.organizationId(), scope.subtree(), scope.fromInstant(), scope.toInstant(), o));
        facts.put("count", written[0].count());
        AuditPackageExport.ChainState chain = export.chainState();
        Map<String, Object> verification = new LinkedHashMap<>();
        verification.put("ok", chain.verification().ok());
        verification.put("verified", chain.verification().verified());
        verification.put("firstBrokenSeq", chain.verification().firstBrokenSeq());
        verification.put("detail", chain.verification().detail());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fromSeq", written[0].fromSeq());
        json.put("toSeq", written[0].toSeq());
        json.put("count", written[0].count());
        json.put("headSeq", chain.headSeq());
        json.put("headHash", chain.headHash());
        json.put("verifiedAt", Instant.now().toString());
        json.put("verification", verification);
        byte[] bytes = PackageJson.write(json).getBytes(StandardCharsets.UTF_8);
        out.file("audit/chain.json", "audit-chain", Map.of(), o -> o.write(bytes));
    }
}
