package org.dutyledger.duty;

/** The duty roles of the responsibility system (责任制), in the order the ledger lists them. */
public enum DutyRole {
    FIRST_RESPONSIBLE("第一责任人"),
    DIRECT_RESPONSIBLE("直接责任人"),
    PROPAGANDA_OFFICER("宣传委员"),
    MEMBER_DUAL_DUTY("一岗双责"),
    LIAISON("联络员"),
    INFORMATION_OFFICER("信息员"),
    CHANNEL_ADMIN("阵地管理员");

    public final String label;

    DutyRole(String label) {
        this.label = label;
    }

    /** Roles every active organization must have filled; a gap is a vacancy. */
    public static final java.util.List<DutyRole> REQUIRED = java.util.List.of(FIRST_RESPONSIBLE, DIRECT_RESPONSIBLE, LIAISON);

    /** SQL ordering of a role column in ledger order. */
    public static String sqlOrder(String column) {
        return "array_position(ARRAY['FIRST_RESPONSIBLE','DIRECT_RESPONSIBLE','PROPAGANDA_OFFICER','MEMBER_DUAL_DUTY',"
                + "'LIAISON','INFORMATION_OFFICER','CHANNEL_ADMIN']::varchar[], " + column + ")";
    }
}
