package org.gridsafe.districtdata;

import java.util.Map;

/**
 * One data row of a table file.
 *
 * @param number the row number a spreadsheet shows (the header is row 1)
 * @param cells the cells by column key, stripped of surrounding spaces; empty cells are empty strings
 */
record TableRow(int number, Map<String, String> cells) {

    String cell(String key) {
        return cells.getOrDefault(key, "");
    }

    String location() {
        return "row " + number;
    }
}
