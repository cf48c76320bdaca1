package org.gridsafe.port;

import java.util.List;

/**
 * One page of the directory's recorded changes, newest first.
 *
 * @param changes the changes of the page
 * @param total how many changes are recorded in all
 */
public record DirectoryChangePage(List<DirectoryChangeRecord> changes, long total) {

    public DirectoryChangePage {
        changes = List.copyOf(changes);
    }
}
