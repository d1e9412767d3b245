package de.buki.assistant.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Feeds every hostile file to an intake and sorts what happens: read, refused with a clear error, refused with an
 * unclear error (generic, technical, stack-trace-like, or a must-refuse file read as fine), crash (an exception or
 * error escaped the intake) or hang (no answer within the hang limit).
 */
public final class FuzzRun {
    /** The documents intake under test: the error message it gives the citizen, or null when the file was read. */
    @FunctionalInterface
    public interface Intake {
        String accept(String fileName, byte[] bytes) throws Exception;
    }

    public enum Outcome { READ, CLEAR_ERROR, UNCLEAR_ERROR, CRASH, HANG }

    public record Result(HostileFile file, Outcome outcome, String detail, long millis) {
    }

    /** Messages that tell the citizen nothing they can act on. */
    static final Set<String> GENERIC = Set.of("file could not be processed", "error", "internal error", "unknown error");
    private static final Pattern TECHNICAL = Pattern.compile(
            "(?i)exception|\\bjava\\.|\\bat [a-z]+\\.|\\bnull\\b|stack|org\\.apache|\\bcos[A-Z]|\\.java:\\d");

    private final Intake intake;
    private final long hangMillis;

    public FuzzRun(Intake intake, long hangMillis) {
        this.intake = intake;
        this.hangMillis = hangMillis;
    }

    public List<Result> run(List<HostileFile> files, java.util.function.Consumer<Result> each) {
        List<Result> results = new ArrayList<>();
        try (ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor()) {
            for (HostileFile f : files) {
                Result r = one(worker, f);
                results.add(r);
                each.accept(r);
            }
        }
        return results;
    }

    Result one(ExecutorService worker, HostileFile f) {
        long start = System.nanoTime();
        Future<String> answer = worker.submit(() -> intake.accept(f.name(), f.bytes().get()));
        try {
            String error = answer.get(hangMillis, TimeUnit.MILLISECONDS);
            return new Result(f, classify(f, error), error, (System.nanoTime() - start) / 1_000_000);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Result(f, Outcome.HANG, "no answer within " + hangMillis + " ms", hangMillis);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Result(f, Outcome.CRASH, e.getCause().getClass().getName(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(f, Outcome.HANG, "interrupted", hangMillis);
        }
    }

    static Outcome classify(HostileFile f, String error) {
        if (error == null) {
            return f.mustRefuse() ? Outcome.UNCLEAR_ERROR : Outcome.READ;
        }
        return clear(error) ? Outcome.CLEAR_ERROR : Outcome.UNCLEAR_ERROR;
    }

    /** Specific, short, plain: no generic text, no technical vocabulary, no control characters. */
    static boolean clear(String error) {
        return !error.isBlank() && error.length() <= 200 && !GENERIC.contains(error.strip().toLowerCase())
                && !TECHNICAL.matcher(error).find() && error.chars().noneMatch(Character::isISOControl);
    }

    /** Counts per outcome, and per category the outcomes that are defects (for the table). */
    public static Map<Outcome, Integer> counts(List<Result> results) {
        Map<Outcome, Integer> c = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            c.put(o, 0);
        }
        results.forEach(r -> c.merge(r.outcome(), 1, Integer::sum));
        return c;
    }

    public static boolean defect(Result r) {
        return r.outcome() == Outcome.CRASH || r.outcome() == Outcome.HANG || r.outcome() == Outcome.UNCLEAR_ERROR;
    }
}
