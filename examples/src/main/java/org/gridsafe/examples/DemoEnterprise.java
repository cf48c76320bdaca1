package org.gridsafe.examples;

import org.gridsafe.grid.GridCode;

/**
 * An enterprise of the demo district.
 *
 * @param id the enterprise id (a fictional unified social credit code)
 * @param name its name
 * @param industryCode its GB/T 4754-2017 industry (letter + 4 digits)
 * @param industryName the industry's name
 * @param grid the micro-grid it lies in
 */
public record DemoEnterprise(String id, String name, String industryCode, String industryName, GridCode grid) {}
