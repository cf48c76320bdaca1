package org.gridsafe.spring.boot;

import org.gridsafe.port.GridDirectory;

/**
 * The district a new database starts with: a host bean of this type is read once, on the first
 * start, when the database holds no directory yet (later changes go through the directory's
 * {@code replace} with a recorded reason). Without such a bean, a start on an empty database fails
 * saying so.
 */
@FunctionalInterface
public interface InitialDistrict {

    /** The grids, duty matrix, time limits and work calendar to store. */
    GridDirectory directory();
}
