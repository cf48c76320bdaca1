/**
 * A district's data as files: grids from GeoJSON, staff, responsibility chains, departments and
 * duty rules from CSV or .xlsx. An import reads and validates every file as a whole, reports every
 * problem with its file, row or feature and column or property, and only then replaces the
 * directory, all at once; a dry run shows the report and the changes. Export writes the same
 * formats. The layouts are documented in {@code docs/district-data.md}.
 */
package org.gridsafe.districtdata;
