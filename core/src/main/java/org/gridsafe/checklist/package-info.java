/**
 * Checklists (检查表): versioned templates of sections and items that a patrol (or later an
 * inspection or a self-inspection) answers, item by item.
 *
 * <p>A {@link org.gridsafe.checklist.Checklist} has an id, a version, the day it takes effect and its
 * source with an evidence tag; each {@link org.gridsafe.checklist.ChecklistItem} says how it is
 * answered, whether a photo is required, which entities it applies to and what a failure suggests.
 * The shipped templates are data ({@code checklists.tsv}), read by
 * {@link org.gridsafe.checklist.ChecklistCatalog}. The package sits just above {@code entity}: it uses
 * its evidence tags and field problems, and nothing above it.
 */
package org.gridsafe.checklist;
