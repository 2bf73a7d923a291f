package org.dutyledger.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The request's language and the messages of the field codes. */
class LanguageTest {

    @Test
    void chineseUnlessTheRequestPrefersEnglish() {
        assertThat(Language.of(null)).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("de-DE, fr")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.of("fr, en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.of("zh;q=0.4, en;q=0.6")).isEqualTo(Language.EN);
        assertThat(Language.of("en;q=0, zh")).isEqualTo(Language.ZH_CN);
    }

    @Test
    void messagesFillInTheirArgumentsAndNameKindsInChinese() {
        assertThat(FieldCode.TOO_LONG.message(Language.ZH_CN, Map.of("max", 200))).isEqualTo("最多 200 个字符");
        assertThat(FieldCode.TOO_LONG.message(Language.EN, Map.of("max", 200))).isEqualTo("must be at most 200 characters");
        assertThat(FieldCode.UNKNOWN_REFERENCE.message(Language.ZH_CN, Map.of("kind", "organization", "id", 12)))
                .isEqualTo("组织 12 不存在或不在您的范围内");
        assertThat(FieldCode.UNKNOWN_REFERENCE.message(Language.EN, Map.of("kind", "organization", "id", 12)))
                .isEqualTo("organization 12 does not exist or is outside your scope");
    }

    @Test
    void everyCodeIsKebabCaseAndUnique() {
        assertThat(FieldCode.codes()).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void aMissingOrChangedRecordIsNamedInChinese() {
        // outside a request the language is zh-CN
        assertThat(ProblemException.notFound("Publication", 7).getMessage()).isEqualTo("信息 7 不存在或不在您的范围内");
        assertThat(ProblemException.versionConflict("Duty assignment", 3, 1, 2).getMessage())
                .startsWith("任职 3 已是版本 2，请求基于版本 1");
        assertThat(FieldCode.UNKNOWN_REFERENCE.message(Language.ZH_CN, Map.of("kind", "scoring template", "id", 4)))
                .isEqualTo("评分表 4 不存在或不在您的范围内");
        assertThat(KindWords.in(Language.EN, "Publication")).isEqualTo("Publication");
    }

    /** Every kind of record the code names in a 404, a version conflict or an unknown reference has a Chinese noun. */
    @Test
    void everyKindNamedInAProblemHasAChineseNoun() throws IOException {
        Pattern named = Pattern.compile("(?:notFound|versionConflict)\\(\"([^\"]+)\""
                + "|unknownReference\\([^,]+, \"([^\"]+)\""
                + "|require(?:Read|Write)\\([^;]*?, \"([A-Za-z][A-Za-z -]+)\", ");
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        if (m.group(g) != null) {
                            kinds.add(m.group(g).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(kinds).hasSizeGreaterThan(20).contains("publication", "organization");
        assertThat(kinds).allSatisfy(kind -> assertThat(KindWords.known()).contains(kind));
    }
}
