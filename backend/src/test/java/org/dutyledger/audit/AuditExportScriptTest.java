package org.dutyledger.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dutyledger.support.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyledger.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * scripts/verify-audit-export.py, the offline verifier the README points to, run on a real export holding every
 * case of the canonical form: control characters as events stored before the API refused them hold them (written
 * here through AuditTrail in-process, as the service wrote them then), characters outside the BMP in values and in
 * keys (whose order is Java's, by UTF-16 units), U+2028/2029, quotes, backslashes and the extreme longs.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuditExportScriptTest {

    static final Path SCRIPT = Path.of("..", "scripts", "verify-audit-export.py");

    @Inject
    AuditTrail audit;

    static String controls() {
        StringBuilder sb = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            sb.append(c);
        }
        return sb.append('\u007F').toString();
    }

    @Test
    void theShippedScriptVerifiesAnExportWithEveryEscapingCaseAndFindsATamperedEvent() throws Exception {
        String type = "script_test_" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.recordAs("sub\"quoted\\back", "ctl" + controls(), null, "test.controls", type, "id\u2028line\u2029para",
                    null, Changes.create().put("name", "\u000B\u000C\u000E\u001B\u001F", "after\u001Besc\ttab\nnl\rcr\bbs\ffeed"));
            audit.recordAs(null, "emoji😀𝄞", null, "test.non-bmp", type, "😀",
                    null, Changes.create()
                            .put("😀key", null, "value 😀 𝄞 \uD83C\uDDE8\uD83C\uDDF3")
                            .put("\uE000private", null, "private use sorts after the emoji key in Java, before it in Python")
                            .put("\uFFFDreplacement", null, "\uFFFD")
                            .put("a", null, "\u2028\u2029")
                            .put("quote\"key", null, "\"quoted\" and \\backslash\\ and / slash")
                            .put("\u001Fcontrol key", null, "key with a control"));
            audit.recordAs("sub", "numbers", null, "test.numbers", type, "42",
                    null, Changes.create()
                            .put("min", null, Long.MIN_VALUE)
                            .put("max", null, Long.MAX_VALUE)
                            .put("zero", 1L, 0L)
                            .put("negative", null, -1L)
                            .put("flag", false, true)
                            .put("gone", "x", null));
        });
        Path file = Files.createTempFile("audit-export", ".jsonl");
        try {
            byte[] export = as("auditor").queryParam("format", "jsonl").queryParam("entityType", type)
                    .get("/api/v1/audit-events/export").then().statusCode(200).extract().asByteArray();
            Files.write(file, export);
            String text = new String(export, StandardCharsets.UTF_8);
            assertThat(text.lines().toList()).hasSize(3);
            assertThat(text).contains("\\u001B").contains("\\u000B").contains("😀").contains("\u2028")
                    .contains(Long.toString(Long.MIN_VALUE));
            // The service agrees with itself on these events.
            long first = Long.parseLong(text.substring(text.indexOf("\"seq\":") + 6).split("[,}]")[0]);
            as("auditor").queryParam("fromSeq", first).queryParam("toSeq", first + 2).get("/api/v1/audit-events/verify")
                    .then().statusCode(200).body("ok", equalTo(true)).body("verified", equalTo(3));

            // What the README used to tell readers to do (json.dumps) calls this honest export tampered.
            Process naive = new ProcessBuilder(List.of("python3", "-c", NAIVE, file.toString())).redirectErrorStream(true).start();
            assertThat(naive.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(naive.exitValue()).as("json.dumps does not reproduce Java's canonical form").isNotZero();

            Result ok = run(file.toString(), null);
            assertThat(ok.output()).as(ok.output()).startsWith("OK: 3 events verified");
            assertThat(ok.exit()).isZero();
            Result fromStdin = run("-", export);
            assertThat(fromStdin.exit()).as(fromStdin.output()).isZero();

            // One character changed in the middle event: broken there.
            String tampered = text.replace("value 😀", "value 😁");
            Files.writeString(file, tampered, StandardCharsets.UTF_8);
            Result broken = run(file.toString(), null);
            assertThat(broken.exit()).isEqualTo(1);
            assertThat(broken.output()).startsWith("BROKEN at seq " + (first + 1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static final String NAIVE = """
            import hashlib, json, sys
            for line in open(sys.argv[1], encoding="utf-8"):
                e = json.loads(line); h = e.pop("hash")
                c = json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                if hashlib.sha256((e["prevHash"] + c).encode()).hexdigest() != h:
                    sys.exit("mismatch at %d" % e["seq"])
            """;

    record Result(int exit, String output) {
    }

    /** Runs the script with python3, as a reader of the README would; python3 is on every machine that builds this. */
    static Result run(String argument, byte[] stdin) throws IOException, InterruptedException {
        assertThat(SCRIPT).exists();
        Process p = new ProcessBuilder(List.of("python3", SCRIPT.toString(), argument)).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin);
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
