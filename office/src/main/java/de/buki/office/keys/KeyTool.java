package de.buki.office.keys;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./buki keys generate|rotate|show-public [--dir DIR]}: the operator's tool for the office key pair.
 * The folder defaults to {@code BUKI_OFFICE_KEYS_DIR}, else {@code <BUKI_DATA_DIR>/keys}. JSON on stdout, prose on stderr.
 */
public final class KeyTool {
    static final String USAGE = "usage: buki keys generate|rotate|show-public [--dir DIR]";

    private KeyTool() {
    }

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        Path dir;
        try {
            dir = dirOption(rest, env);
        } catch (IllegalArgumentException e) {
            err.println("buki keys: " + e.getMessage());
            return 2;
        }
        if (rest.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        try {
            switch (rest.getFirst()) {
                case "generate" -> {
                    OfficeKeys keys = OfficeKeys.generate(dir);
                    err.println("buki keys: generated " + keys.keyIds().getFirst() + " in " + dir
                            + "; give " + dir.resolve(OfficeKeys.PUBLIC_FILE) + " to the assistant (BUKI_OFFICE_PUBLIC_KEY)");
                    out.println(keys.currentPublic().toJSONString());
                }
                case "rotate" -> {
                    OfficeKeys keys = OfficeKeys.load(dir).rotate();
                    err.println("buki keys: new current key " + keys.keyIds().getFirst() + "; " + (keys.keyIds().size() - 1)
                            + " retired key(s) kept for packages already encrypted to them. Copy the new "
                            + OfficeKeys.PUBLIC_FILE + " to every assistant.");
                    out.println(keys.currentPublic().toJSONString());
                }
                case "show-public" -> out.println(OfficeKeys.load(dir).currentPublic().toJSONString());
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (IllegalStateException e) {
            err.println("buki keys: " + e.getMessage());
            return 1;
        }
    }

    private static Path dirOption(List<String> rest, Map<String, String> env) {
        int i = rest.indexOf("--dir");
        if (i >= 0) {
            if (i + 1 >= rest.size()) {
                throw new IllegalArgumentException("--dir needs a folder");
            }
            Path dir = Path.of(rest.get(i + 1)).toAbsolutePath().normalize();
            rest.remove(i + 1);
            rest.remove(i);
            return dir;
        }
        String configured = env.get("BUKI_OFFICE_KEYS_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(env.getOrDefault("BUKI_DATA_DIR", "./data")).toAbsolutePath().normalize().resolve("keys");
    }
}
