package org.dutyledger.integration.imports.read;

import java.util.Map;

/**
 * A row as the file holds it: field → cell text, for the columns the file has (a blank cell is ""). `rowNo`
 * is the row the user sees (header = 1); for JSON, the position in the array from 1.
 */
public record RawRow(int rowNo, Map<String, String> cells) {
}
