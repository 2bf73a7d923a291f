package org.dutyledger.dossier;

import org.dutyledger.audit.AuditCanonicalForm;
import org.dutyledger.audit.AuditRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify.py, the offline checker shipped inside every inspection package, run with python3 the way an inspector
 * would, on a package folder written here exactly as DOSSIER-API.md lays it out (no server needed): Chinese file
 * names, an audit/events.jsonl of real canonical lines (control characters, U+2028, emoji, quotes) with a gap in
 * the seqs as a subtree's events have, the checkers themselves, manifest.json last.
 */
class VerifyScriptTest {

    static final Path CHECKERS = Path.of("src", "main", "resources", "dossier");
    static final String EVIDENCE = "工作义务/证明材料/每月安全自查/2026年3月/0123456789ab_现场照片 😀.jpg";
    static final String LEDGER = "台账/责任分工表.xlsx";

    Path dir;
    String previousHash;

    @BeforeEach
    void writePackage() throws Exception {
        dir = Files.createTempDirectory("package-");
        List<Map<String, Object>> files = new ArrayList<>();
        files.add(write("说明.html", "<!doctype html><meta charset=utf-8><h1>迎检材料包说明</h1>".getBytes(StandardCharsets.UTF_8), "readme"));
        files.add(write(LEDGER, bytes(5000, 7), "ledger"));
        Map<String, Object> evidence = write(EVIDENCE, bytes(3 * 1024 * 1024 + 17, 11), "evidence");
        evidence.put("entity", "fulfilment-attachment");
        evidence.put("id", 55);
        evidence.put("version", 0);
        files.add(evidence);
        Map<String, Object> events = write("audit/events.jsonl", auditLines(), "audit-events");
        events.put("count", 5);
        files.add(events);
        files.add(write("audit/chain.json", "{\"fromSeq\":101,\"toSeq\":108,\"count\":5}".getBytes(StandardCharsets.UTF_8), "audit-chain"));
        files.add(write("verify.html", Files.readAllBytes(CHECKERS.resolve("verify.html")), "checker"));
        files.add(write("verify.py", Files.readAllBytes(CHECKERS.resolve("verify.py")), "checker"));
        Files.writeString(dir.resolve("manifest.json"), manifest(files), StandardCharsets.UTF_8);
    }

    @AfterEach
    void removePackage() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void anUntouchedPackageIsIntactAndTheManifestsHashIsPrinted() throws Exception {
        Result r = run(dir, null); // python3 verify.py in the folder: checks the folder it lives in
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("完整：7个文件与清单一致，5条审计事件哈希正确")
                .contains(sha256(Files.readAllBytes(dir.resolve("manifest.json"))))
                .contains("东湖街道").doesNotContain("发现问题");
    }

    @Test
    void oneChangedByteIsNamed() throws Exception {
        byte[] b = Files.readAllBytes(dir.resolve(EVIDENCE));
        b[2 * 1024 * 1024] ^= 1;
        Files.write(dir.resolve(EVIDENCE), b);
        Result r = run(dir, dir);
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("发现问题").contains("已改动：" + EVIDENCE).doesNotContain("已改动：" + LEDGER);
    }

    @Test
    void aRemovedFileIsMissingAndAnAddedOneIsNamed() throws Exception {
        Files.delete(dir.resolve(LEDGER));
        Files.writeString(dir.resolve("台账/补充说明.txt"), "后来加的", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".DS_Store"), "the Finder's own file");
        Result r = run(dir, dir);
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("缺失：" + LEDGER).contains("清单外文件：台账/补充说明.txt").doesNotContain(".DS_Store");
    }

    @Test
    void anEditedAuditLineNamesItsSeq() throws Exception {
        Path events = dir.resolve("audit/events.jsonl");
        String text = Files.readString(events, StandardCharsets.UTF_8);
        assertThat(text).contains("王建国");
        Files.writeString(events, text.replace("王建国", "王建军"), StandardCharsets.UTF_8);
        Result r = run(dir, dir);
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("审计事件 seq 103 被改动").contains("已改动：audit/events.jsonl")
                .doesNotContain("seq 102 被改动").doesNotContain("seq 107 被改动");
    }

    @Test
    void aLineHashedCorrectlyOnAnotherPrevHashDoesNotLink() throws Exception {
        Path events = dir.resolve("audit/events.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(events, StandardCharsets.UTF_8));
        // seq 102 rewritten on a made-up predecessor and hashed honestly: its own hash holds, the link to 101 does not
        lines.set(1, line(record(102, "b".repeat(64), Map.of("name", Map.of("after", "伪造")))).stripTrailing());
        Files.write(events, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Result r = run(dir, dir);
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("审计事件 seq 102 与前一条不衔接").doesNotContain("seq 102 被改动")
                .contains("审计事件 seq 103 与前一条不衔接");
    }

    @Test
    void aLineWithoutItsHashOrNotAnEventAtAllIsNamed() throws Exception {
        Path events = dir.resolve("audit/events.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(events, StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replaceFirst(",\"hash\":\"[0-9a-f]{64}\"", "")); // seq 107, its hash cut off
        lines.add("这不是审计事件");
        Files.write(events, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Result r = run(dir, dir);
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("审计事件 seq 107 被改动").contains("审计事件第 6 行无法读取");
    }

    @Test
    void theZipAsDownloadedIsCheckedToo() throws Exception {
        Path zip = Files.createTempFile("package-", ".zip");
        try {
            zip(zip, null);
            Result ok = run(dir, zip);
            assertThat(ok.exit()).as(ok.output()).isZero();
            assertThat(ok.output()).contains("完整：7个文件与清单一致，5条审计事件哈希正确");

            zip(zip, null, "东湖街道_迎检材料包/");
            Result nested = run(dir, zip);
            assertThat(nested.exit()).as(nested.output()).isZero();
            assertThat(nested.output()).contains("东湖街道_迎检材料包/").contains("完整：7个文件与清单一致");

            zip(zip, LEDGER);
            Result tampered = run(dir, zip);
            assertThat(tampered.exit()).as(tampered.output()).isEqualTo(1);
            assertThat(tampered.output()).contains("已改动：" + LEDGER);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    void noSuchFolderIsAUsageError() throws Exception {
        Result r = verifyWithShippedScript(dir.resolve("不存在"));
        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("找不到材料包文件夹或 zip 文件");
    }

    // --- the fixture

    /** Five events of a subtree: 101–103 consecutive, then 107–108 (the ones between belong to other organizations). */
    byte[] auditLines() {
        StringBuilder out = new StringBuilder();
        previousHash = "a".repeat(64); // the event before 101 is not in the package
        StringBuilder controls = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            controls.append(c);
        }
        List<AuditRecord> records = List.of(
                record(101, previousHash, Map.of("title", Map.of("before", "旧\u2028标题", "after", "“新”标题 \"quoted\" \\ 😀"))),
                record(102, null, Map.of("note", Map.of("after", "control " + controls + "\u007F"), "😀key", Map.of("after", "𝄞"))),
                record(103, null, Map.of("leader", Map.of("before", "李四", "after", "王建国"), "count", Map.of("after", Long.MIN_VALUE))),
                record(107, "c".repeat(64), Map.of("flag", Map.of("before", false, "after", true))),
                record(108, null, Map.of("gone", nullable("x", null))));
        for (AuditRecord r : records) {
            out.append(line(r));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> nullable(Object before, Object after) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", before);
        m.put("after", after);
        return m;
    }

    /** An event chained on prevHash, or on the previous one made here when null. */
    AuditRecord record(long seq, String prevHash, Object changes) {
        String prev = prevHash != null ? prevHash : previousHash;
        AuditRecord unhashed = new AuditRecord(seq, Instant.parse("2026-03-01T08:00:00.123456Z").plusSeconds(seq),
                "sub-" + seq, "secretary", 3L, "test.changed", "ledger", "id\u2028" + seq, 12L, "req-" + seq, changes, prev, null);
        String hash = AuditCanonicalForm.hash(unhashed);
        previousHash = hash;
        return new AuditRecord(seq, unhashed.occurredAt(), unhashed.actorSubject(), unhashed.actorUsername(),
                unhashed.actorPersonId(), unhashed.action(), unhashed.entityType(), unhashed.entityId(),
                unhashed.organizationId(), unhashed.requestId(), changes, prev, hash);
    }

    /** As GET /audit-events/export?format=jsonl writes it: the canonical JSON with "hash" appended. */
    static String line(AuditRecord e) {
        String canonical = AuditCanonicalForm.json(e);
        return canonical.substring(0, canonical.length() - 1) + ",\"hash\":\"" + e.hash() + "\"}\n";
    }

    Map<String, Object> write(String path, byte[] content, String kind) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", path);
        entry.put("size", content.length);
        entry.put("sha256", sha256(content));
        entry.put("kind", kind);
        return entry;
    }

    static String manifest(List<Map<String, Object>> files) {
        StringBuilder json = new StringBuilder("{\n  \"format\": \"duty-ledger-package/1\",\n")
                .append("  \"organization\": {\"id\": 12, \"name\": \"东湖街道\"},\n")
                .append("  \"from\": \"2026-01-01\",\n  \"to\": \"2026-06-30\",\n  \"subtree\": true,\n")
                .append("  \"parts\": [\"LEDGERS\", \"OBLIGATIONS\", \"AUDIT\"],\n")
                .append("  \"builtAt\": \"2026-12-03T08:00:00.000000Z\",\n")
                .append("  \"builtBy\": {\"personId\": 3, \"name\": \"王建国\"},\n  \"files\": [\n");
        for (int i = 0; i < files.size(); i++) {
            List<String> members = new ArrayList<>();
            files.get(i).forEach((k, v) -> members.add("\"" + k + "\": " + (v instanceof String s ? "\"" + s + "\"" : v)));
            json.append("    {").append(String.join(", ", members)).append(i + 1 < files.size() ? "},\n" : "}\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    /** The folder as a zip, manifest.json last; one byte of `tamper` flipped. */
    void zip(Path zip, String tamper) throws Exception {
        zip(zip, tamper, "");
    }

    /** As above, every entry under `folder` (a package zipped again with its folder around it). */
    void zip(Path zip, String tamper, String folder) throws Exception {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8);
             Stream<Path> all = Files.walk(dir)) {
            List<Path> files = all.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.endsWith("manifest.json"))).toList();
            for (Path p : files) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(p);
                if (name.equals(tamper)) {
                    content[content.length / 2] ^= 1;
                }
                z.putNextEntry(new ZipEntry(folder + name));
                z.write(content);
                z.closeEntry();
            }
        }
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * seed + (i >> 8));
        }
        return b;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    record Result(int exit, String output) {
    }

    /**
     * The shipped verify.py run on any package (a downloaded zip or an unpacked folder): for the tests that build a
     * real package through the API — exit 0 and "完整：…" when it is intact.
     */
    static Result verifyWithShippedScript(Path target) throws IOException, InterruptedException {
        return run(CHECKERS, target);
    }

    /** python3 verify.py [target], run from the package folder's own copy of verify.py. */
    static Result run(Path packageDir, Path target) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", packageDir.resolve("verify.py").toString()));
        if (target != null) {
            command.add(target.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
