package org.dutyledger.duty;

import org.dutyledger.organization.OrganizationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The responsibility matrix (责任分工表) of a subtree and its vacancies. */
public final class MatrixViews {

    private MatrixViews() {
    }

    @Schema(name = "ResponsibilityMatrix")
    public record Matrix(@Schema(required = true) OrganizationRef under,
                         @Schema(required = true) LocalDate at,
                         @Schema(required = true, description = "Column order") List<DutyRole> roles,
                         @Schema(required = true, description = "This page of the active organizations of the subtree, depth-first") List<Row> rows,
                         @Schema(required = true, description = "Vacancies in the whole subtree (all pages, before onlyProblems)") long vacancyCount,
                         @Schema(required = true, description = "Rows matching onlyProblems in the whole subtree (all pages)") long total,
                         @Schema(required = true, description = "Active organizations in the whole subtree") long organizationCount,
                         @Schema(required = true, description = "Organizations of the whole subtree with at least one vacancy") long problemCount,
                         @Schema(required = true, description = "Index of the first row of this page") long offset) {
    }

    @Schema(name = "ResponsibilityMatrixRow")
    public record Row(@Schema(required = true) long organizationId,
                      @Schema(required = true) String code,
                      @Schema(required = true) String name,
                      @Schema(required = true) int depth,
                      Long parentId,
                      @Schema(required = true, description = "Names of the ancestors, root first") List<String> pathNames,
                      @Schema(required = true, description = "Holders by role; every role is present") Map<DutyRole, List<Cell>> cells,
                      @Schema(required = true) List<Vacancy> vacancies) {
    }

    @Schema(name = "ResponsibilityMatrixCell", description = "One holder in a cell")
    public record Cell(@Schema(required = true) long assignmentId,
                       @Schema(required = true) long personId,
                       @Schema(required = true) String personName,
                       @Schema(required = true) LocalDate validFrom,
                       LocalDate validTo,
                       Long channelId,
                       String channelName) {
    }

    @Schema(name = "Vacancy", description = "A gap in the responsibility system")
    public record Vacancy(
            @Schema(required = true, enumeration = {"NO_FIRST_RESPONSIBLE", "NO_DIRECT_RESPONSIBLE", "NO_LIAISON",
                    "CHANNEL_WITHOUT_ADMIN", "HOLDER_INACTIVE", "HOLDER_NOT_MEMBER"}) String type,
            @Schema(description = "The role concerned") DutyRole role,
            Long assignmentId,
            Long personId,
            String personName,
            Long channelId,
            String channelName,
            @Schema(required = true, description = "Readable (zh-CN), as in the Excel export") String description) {
    }

    @Schema(name = "VacancyList")
    public record Vacancies(@Schema(required = true) OrganizationRef under,
                            @Schema(required = true) LocalDate at,
                            @Schema(required = true) List<VacancyLine> items) {
    }

    @Schema(name = "VacancyLine")
    public record VacancyLine(@Schema(required = true) OrganizationRef organization,
                              @Schema(required = true) Vacancy vacancy) {
    }
}
