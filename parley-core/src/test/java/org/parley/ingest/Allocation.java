package org.parley.ingest;

import java.lang.management.ManagementFactory;

/** Bytes the current thread allocates while running an action: a direct check of bounded memory. */
final class Allocation {

    private Allocation() {
    }

    static long bytesAllocatedBy(Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        action.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }
}
