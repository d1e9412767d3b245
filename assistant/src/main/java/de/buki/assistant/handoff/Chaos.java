package de.buki.assistant.handoff;

import java.io.PrintStream;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults of the handoff benchmark: SIGKILL of the assistant after every 3-12 receipts given (plus a random
 * 0-400 ms, so it lands mid-request, mid-transaction or mid-delivery), and SIGKILL of the office every 2-4 s,
 * restarted after 1.5 s (down for 1.5 s plus its start).
 * (Kills are counted in receipts, not seconds: a JVM start takes 5-15 s on a loaded 2-core machine.)
 */
final class Chaos {
    private final ServiceProcess assistant;
    private final HandoffBench.BenchOffice office;
    private final PrintStream err;
    private final AtomicInteger receiptsGiven;
    private final AtomicInteger kills = new AtomicInteger();
    private final AtomicInteger officeRestarts = new AtomicInteger();
    private volatile boolean running = true;
    private Thread killer;
    private Thread flapper;

    Chaos(ServiceProcess assistant, HandoffBench.BenchOffice office, AtomicInteger receiptsGiven, PrintStream err) {
        this.assistant = assistant;
        this.receiptsGiven = receiptsGiven;
        this.office = office;
        this.err = err;
    }

    Chaos start() {
        killer = Thread.ofPlatform().daemon().name("bench-killer").start(() -> loop(0, 400, this::killAndRestart));
        flapper = Thread.ofPlatform().daemon().name("bench-office").start(() -> loop(2000, 4000, this::restartOffice));
        return this;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void loop(int minMs, int maxMs, Step step) {
        while (running) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(minMs, maxMs));
                if (running) {
                    step.run();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                err.println("bench handoff: fault step failed: " + e.getMessage());
            }
        }
    }

    private void killAndRestart() throws Exception {
        int target = receiptsGiven.get() + ThreadLocalRandom.current().nextInt(3, 13);
        while (running && receiptsGiven.get() < target) {
            if (!assistant.alive()) {   // died by another hand (e.g. a SIGTERM from outside): bring it back
                err.println("bench handoff: the assistant died unexpectedly; restarting it");
                assistant.start();
            }
            Thread.sleep(10);
        }
        if (!running) {
            return;
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 400));
        assistant.kill();
        kills.incrementAndGet();
        assistant.start();
    }

    private void restartOffice() throws Exception {
        office.stop();
        officeRestarts.incrementAndGet();
        Thread.sleep(1500);
        office.ensureUp();
    }

    void stop() throws InterruptedException {
        running = false;
        killer.join();
        flapper.join();
    }

    int kills() {
        return kills.get();
    }

    int officeRestarts() {
        return officeRestarts.get();
    }
}
