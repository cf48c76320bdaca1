/**
 * The registry of supervised entities (监管对象登记): production units (生产经营单位) and places,
 * each in exactly one micro-grid, with their status lifecycle ({@link org.gridsafe.registry.EntityLifecycle}),
 * versioned history and risk assessments. Built on the values of {@code org.gridsafe.entity}; see
 * {@code docs/supervised-entities.md}.
 */
package org.gridsafe.registry;
