package de.buki.assistant.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.assistant.cli.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./buki check --application APP.json} (cli.md): the check answer as JSON on stdout, exit 0; exit 2 with a
 * one-line reason on stderr when the file is missing, not JSON or not an application file.
 */
public final class CheckCommand implements Command {
    private static final String USAGE = "usage: buki check --application APP.json";

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !"--application".equals(args.get(0))) {
            err.println(USAGE);
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        Path file = Path.of(args.get(1));
        JsonNode application;
        try {
            application = json.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            err.println("check: no such file: " + file);
            return 2;
        } catch (JsonProcessingException e) {
            err.println("check: " + file + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
            return 2;
        } catch (IOException e) {
            err.println("check: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
        try {
            CheckResult result = new Checker().check(application);
            out.println(json.writeValueAsString(result.toJson()));
            return 0;
        } catch (InvalidApplicationException e) {
            err.println("check: " + file + ": " + e.getMessage());
            return 2;
        } catch (JsonProcessingException e) {
            err.println("check: could not write the answer");
            return 1;
        }
    }
}
