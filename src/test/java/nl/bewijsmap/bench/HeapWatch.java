package nl.bewijsmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/** The most heap in use while something ran, sampled every 5 ms from the heap pools. */
final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    private HeapWatch() {
        thread = new Thread(this::sample, "heap-watch");
        thread.setDaemon(true);
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        watch.thread.start();
        return watch;
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(used, Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long stop() throws InterruptedException {
        running = false;
        thread.join();
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("(sum of the heap pools' own peaks: %.0f MB, an upper bound)%n", pools / 1e6);
        return peak.get();
    }
}
