package org.dutyledger.common;

import org.junit.jupiter.api.Test;

import java.util.Map;

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
}
