package org.dutyledger.inspection;

import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * What a scoring sheet must be: at least one item, item codes unique (letters, digits, . _ -), text, maxPoints > 0 with
 * at most two decimals, a method; grade bands EXCELLENT, GOOD, FAIR, POOR (each at most once, in that order) with
 * falling minimum points, POOR present from 0. A refusal names the field, e.g. {@code items[2].maxPoints}.
 */
final class ScoringTemplateRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final BigDecimal MAX_POINTS = new BigDecimal("10000");

    private ScoringTemplateRules() {
    }

    /** The items as stored; {@code ruleExists} answers whether an obligation rule id is known. */
    static List<ScoringTemplate.Item> items(List<ScoringTemplateRequests.ItemBody> body, LongPredicate ruleExists) {
        if (body == null || body.isEmpty()) {
            throw ProblemException.invalid("items", FieldCode.REQUIRED);
        }
        Set<String> codes = new HashSet<>();
        List<ScoringTemplate.Item> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ScoringTemplateRequests.ItemBody b = body.get(i);
            String f = "items[" + i + "]";
            if (b == null) {
                throw ProblemException.invalid(f, FieldCode.REQUIRED);
            }
            String code = Texts.clean(b.code());
            if (code == null) {
                throw ProblemException.invalid(f + ".code", FieldCode.REQUIRED);
            }
            if (!CODE.matcher(code).matches()) {
                throw ProblemException.invalid(f + ".code", FieldCode.BAD_CODE);
            }
            if (!codes.add(code)) {
                throw ProblemException.invalid(f + ".code", FieldCode.LISTED_TWICE, Map.of("id", code));
            }
            String text = Texts.clean(b.text());
            if (text == null) {
                throw ProblemException.invalid(f + ".text", FieldCode.REQUIRED);
            }
            if (text.length() > 1000) {
                throw ProblemException.invalid(f + ".text", FieldCode.TOO_LONG, Map.of("max", 1000));
            }
            BigDecimal max = points(f + ".maxPoints", b.maxPoints());
            if (max.signum() <= 0 || max.compareTo(MAX_POINTS) > 0) {
                throw ProblemException.invalid(f + ".maxPoints", FieldCode.OUT_OF_RANGE, Map.of("min", "0.01", "max", MAX_POINTS));
            }
            if (b.method() == null) {
                throw ProblemException.invalid(f + ".method", FieldCode.REQUIRED);
            }
            if (b.obligationRuleId() != null && !ruleExists.test(b.obligationRuleId())) {
                throw ProblemException.unknownReference(f + ".obligationRuleId", "obligation rule", b.obligationRuleId());
            }
            out.add(new ScoringTemplate.Item(code, text, max, b.method(), Boolean.TRUE.equals(b.veto()), b.obligationRuleId()));
        }
        return out;
    }

    /** The bands as stored, best first. */
    static List<ScoringTemplate.Band> grades(List<ScoringTemplateRequests.GradeBody> body) {
        if (body == null || body.isEmpty()) {
            throw ProblemException.invalid("grades", FieldCode.POOR_FROM_ZERO);
        }
        List<ScoringTemplate.Band> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ScoringTemplateRequests.GradeBody b = body.get(i);
            String f = "grades[" + i + "]";
            if (b == null || b.grade() == null) {
                throw ProblemException.invalid(f + ".grade", FieldCode.REQUIRED);
            }
            BigDecimal min = points(f + ".minPoints", b.minPoints());
            if (min.signum() < 0) {
                throw ProblemException.invalid(f + ".minPoints", FieldCode.TOO_SMALL, Map.of("min", 0));
            }
            if (!out.isEmpty()) {
                ScoringTemplate.Band before = out.get(out.size() - 1);
                if (b.grade() == before.grade()) {
                    throw ProblemException.invalid(f + ".grade", FieldCode.LISTED_TWICE, Map.of("id", b.grade()));
                }
                if (b.grade().ordinal() < before.grade().ordinal() || min.compareTo(before.minPoints()) >= 0) {
                    throw ProblemException.invalid(f + ".minPoints", FieldCode.GRADES_DESCENDING);
                }
            }
            out.add(new ScoringTemplate.Band(b.grade(), min));
        }
        ScoringTemplate.Band last = out.get(out.size() - 1);
        if (last.grade() != InspectionGrade.POOR || last.minPoints().signum() != 0) {
            throw ProblemException.invalid("grades", FieldCode.POOR_FROM_ZERO);
        }
        return out;
    }

    /** A number of points: present, at most two decimals. */
    static BigDecimal points(String field, BigDecimal value) {
        if (value == null) {
            throw ProblemException.invalid(field, FieldCode.REQUIRED);
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 2) {
            throw ProblemException.invalid(field, FieldCode.AT_MOST_TWO_DECIMALS);
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
