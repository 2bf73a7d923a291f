package org.dutyledger.channel;

/**
 * The channel table as other capabilities join it, so that only this package names it in SQL: the joins for a
 * channel's name, and "in service on a day" beside its Java form {@link Channel#activeOn}.
 */
public final class ChannelSql {

    private ChannelSql() {
    }

    /** `channel {alias}`, for a FROM clause. */
    public static String table(String alias) {
        return "channel " + alias;
    }

    /** The channel `{alias}` of a row whose channel is `channelIdColumn`. */
    public static String join(String alias, String channelIdColumn) {
        return "JOIN channel " + alias + " ON " + alias + ".id = " + channelIdColumn;
    }

    /** {@link #join}, for rows that may have no channel. */
    public static String leftJoin(String alias, String channelIdColumn) {
        return "LEFT " + join(alias, channelIdColumn);
    }

    /** {@link Channel#activeOn} over channel `{alias}` and the date expression `day`: launched by then, not yet closed. */
    public static String activeOn(String alias, String day) {
        return alias + ".launched_on <= " + day + " AND (" + alias + ".closed_on IS NULL OR " + alias + ".closed_on > " + day + ")";
    }
}
