package org.dutyledger.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Readable operationIds for the contract (listOrganizations, getOrganization, dissolveOrganization), derived from
 * the HTTP method and the path alone, so that every new endpoint gets one and the same path always gets the same
 * name. The few the rule words badly are named in {@link #NAMED}. Generated clients use them as method names.
 * <ul>
 *   <li>the nouns are the path's literal segments after /api/v1, a collection followed by an id in the singular
 *   ({@code /organizations/{id}/tree} → OrganizationTree), {@code me} as My;</li>
 *   <li>GET of an item: get; GET of a collection (a plural last segment): list; other GETs: get, unless the last
 *   segment is export, verify or compare, which is then the verb ({@code exportChannels});</li>
 *   <li>POST to a collection: create (upload for attachments); POST to another last segment makes it the verb
 *   ({@code POST /organizations/{id}/dissolve} → dissolveOrganization, {@code rotate-secret} → rotate…Secret);</li>
 *   <li>PUT and PATCH: update; DELETE: delete.</li>
 * </ul>
 */
public final class OperationIds {

    private OperationIds() {
    }

    /** Method and path → the name where the rule reads badly (the rule's name is in the comment). */
    static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("POST /api/v1/organizations/{id}/handover", "handOverDuty"), // handoverOrganization
            Map.entry("PUT /api/v1/organizations/by-code/{code}", "upsertOrganizationByCode"), // updateOrganizationByCode
            Map.entry("PUT /api/v1/sync/organizations", "syncOrganizations"), // updateSyncOrganizations
            Map.entry("PUT /api/v1/sync/people", "syncPeople"), // updateSyncPeople
            Map.entry("GET /api/v1/exports/{kind}.csv", "exportCsv"), // getExport, twice
            Map.entry("GET /api/v1/exports/{kind}.xlsx", "exportXlsx"),
            Map.entry("GET /api/v1/imports/{id}/annotated.xlsx", "downloadAnnotatedImport"), // getImportAnnotated
            Map.entry("POST /api/v1/imports", "uploadImport"), // createImport
            Map.entry("POST /api/v1/imports/{id}/commit", "commitImport"),
            Map.entry("POST /api/v1/me/notifications/{id}/read", "markMyNotificationRead"), // readMyNotification
            Map.entry("GET /api/v1/me/counts", "getMyCounts"), // listMyCounts
            Map.entry("POST /api/v1/accountability-cases/{id}/lines/{lineId}/statement", "addAccountabilityStatement"),
            Map.entry("POST /api/v1/rectifications/{id}/progress", "reportRectificationProgress"), // progressRectification
            Map.entry("POST /api/v1/inspections/{id}/scoring", "startInspectionScoring"), // scoringInspection
            Map.entry("GET /api/v1/inspections/draw", "drawInspectionTargets"), // getInspectionDraw
            Map.entry("POST /api/v1/work-reports/{id}/sign-off", "signOffWorkReport"), // signWorkReportOff
            Map.entry("GET /api/v1/review-policies/effective", "getEffectiveReviewPolicy"), // getReviewPolicyEffective
            Map.entry("GET /api/v1/major-matters/limits/{organizationId}", "getMajorMatterLimits"), // getMajorMatterLimit
            Map.entry("PUT /api/v1/major-matters/limits/{organizationId}", "updateMajorMatterLimits"),
            Map.entry("POST /api/v1/webhook-subscriptions/deliveries/{deliveryId}/redeliver", "redeliverWebhookDelivery"),
            Map.entry("GET /api/v1/audit-events/verify", "verifyAuditChain"), // verifyAuditEvents
            Map.entry("POST /api/v1/accountability-filers", "grantAccountabilityFiling"), // createAccountabilityFiler
            Map.entry("DELETE /api/v1/accountability-filers/{id}", "revokeAccountabilityFiling"),
            Map.entry("POST /api/v1/duty-assignments", "assignDuty"), // createDutyAssignment
            Map.entry("POST /api/v1/findings", "raiseFinding"), // createFinding
            Map.entry("POST /api/v1/fulfilments", "recordFulfilment"), // createFulfilment
            Map.entry("POST /api/v1/fulfilments/{id}/corrections", "correctFulfilment"), // createFulfilmentCorrection
            Map.entry("POST /api/v1/inspections/{id}/corrections", "correctInspectionScores"), // createInspectionCorrection
            Map.entry("POST /api/v1/major-matters", "reportMajorMatter"), // createMajorMatter
            Map.entry("POST /api/v1/rectifications/{id}/extensions", "requestRectificationExtension"));

    private static final String PREFIX = "/api/v1/";
    private static final Set<String> READ_VERBS = Set.of("export", "verify", "compare");
    /** Plural-looking last segments that name one thing, not a collection to list. */
    private static final Set<String> NOT_COLLECTIONS = Set.of("settings", "counts", "results", "scores", "statistics");
    private static final Set<String> FORMATS = Set.of("xlsx", "csv", "docx", "jsonl");

    /** The operationId of one operation; {@code method} upper case, {@code path} as in the contract. */
    public static String of(String method, String path) {
        String named = NAMED.get(method + " " + path);
        if (named != null) {
            return named;
        }
        List<String> segments = new ArrayList<>(List.of((path.startsWith(PREFIX) ? path.substring(PREFIX.length())
                : path.replaceFirst("^/", "")).split("/")));
        boolean item = isParam(segments.get(segments.size() - 1));
        String last = item ? null : words(segments.get(segments.size() - 1)).get(0);
        String verb;
        String tail = "";
        switch (method) {
            case "GET" -> {
                if (!item && READ_VERBS.contains(last)) {
                    verb = last;
                    segments.remove(segments.size() - 1);
                    return verb + subject(segments, true);
                }
                if (item && segments.size() > 1 && segments.get(segments.size() - 2).equals("attachments")) {
                    verb = "download";
                } else {
                    String lastWord = item ? null : lastWord(segments.get(segments.size() - 1));
                    verb = !item && plural(lastWord) && !NOT_COLLECTIONS.contains(lastWord) ? "list" : "get";
                }
                return verb + subject(segments, true);
            }
            case "POST" -> {
                String lastSegment = segments.get(segments.size() - 1);
                if (item || plural(lastWord(lastSegment))) {
                    verb = lastSegment.equals("attachments") ? "upload" : "create";
                    return verb + subject(segments, false);
                }
                List<String> action = words(lastSegment);
                verb = action.get(0);
                tail = pascal(action.subList(1, action.size()));
                segments.remove(segments.size() - 1);
                return verb + subject(segments, false) + tail;
            }
            case "PUT", "PATCH" -> {
                return "update" + subject(segments, true);
            }
            case "DELETE" -> {
                return "delete" + subject(segments, true);
            }
            default -> {
                return method.toLowerCase(Locale.ROOT) + subject(segments, true);
            }
        }
    }

    /** The nouns of the path: a segment followed by an id (or by more nouns) in the singular, the last one as it is. */
    private static String subject(List<String> segments, boolean keepLastAsIs) {
        List<String> literals = new ArrayList<>();
        List<Boolean> followedByParam = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (isParam(segments.get(i))) {
                continue;
            }
            literals.add(segments.get(i));
            followedByParam.add(i + 1 < segments.size() && isParam(segments.get(i + 1)));
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < literals.size(); i++) {
            String literal = literals.get(i);
            boolean lastNoun = i == literals.size() - 1;
            if (literal.equals("me")) {
                name.append(lastNoun ? "Me" : "My");
                continue;
            }
            List<String> w = new ArrayList<>(words(literal));
            boolean asIs = lastNoun && keepLastAsIs && !followedByParam.get(i);
            if (!asIs) {
                w.set(w.size() - 1, singular(w.get(w.size() - 1)));
            }
            name.append(pascal(w));
        }
        return name.toString();
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{");
    }

    private static List<String> words(String segment) {
        List<String> w = new ArrayList<>();
        for (String part : segment.split("[-.]")) {
            if (!part.isEmpty() && !FORMATS.contains(part)) {
                w.add(part);
            }
        }
        return w;
    }

    private static String lastWord(String segment) {
        List<String> w = words(segment);
        return w.get(w.size() - 1);
    }

    private static boolean plural(String word) {
        return word.equals("people") || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
    }

    private static String singular(String word) {
        if (word.equals("people")) {
            return "person";
        }
        if (!plural(word)) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.substring(0, word.length() - 1);
    }

    private static String pascal(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            s.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return s.toString();
    }

    /** Refuses two operations with one name: the contract must name each once (add one to {@link #NAMED}). */
    public static void checkUnique(Map<String, String> idByOperation) {
        Map<String, String> seen = new HashMap<>();
        idByOperation.forEach((operation, id) -> {
            String other = seen.putIfAbsent(id, operation);
            if (other != null) {
                throw new IllegalStateException("operationId " + id + " derived for both " + other + " and " + operation
                        + ": name one of them in OperationIds.NAMED");
            }
        });
    }
}
