package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `./buki extract [--form FORM] [--max-mb N] [--max-pages N] [--timeout S] FILE...` (cli.md): one entry per file,
 * a bad file gives an entry with {@code error} and never aborts the batch.
 */
public final class ExtractCommand implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        DocumentLimits limits = DocumentLimits.DEFAULTS;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "--form" -> i++;
                    case "--max-mb" -> limits = limits.withMaxBytes(Long.parseLong(args.get(++i)) * 1024 * 1024);
                    case "--max-pages" -> limits = limits.withMaxPages(Integer.parseInt(args.get(++i)));
                    case "--timeout" -> limits = limits.withTimeoutSeconds(Integer.parseInt(args.get(++i)));
                    default -> {
                        if (a.startsWith("--")) {
                            err.println("extract: unknown option " + a);
                            return 2;
                        }
                        files.add(a);
                    }
                }
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                err.println("extract: option " + a + " needs a number");
                return 2;
            }
        }
        if (files.isEmpty()) {
            err.println("usage: buki extract [--form FORM] [--max-mb N] [--max-pages N] [--timeout S] FILE...");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode result = json.createObjectNode();
        ArrayNode docs = result.putArray("documents");
        try (DocumentExtraction extraction = new DocumentExtraction(limits)) {
            for (String file : files) {
                docs.add(extractOne(extraction, file, limits).toJson());
            }
        }
        out.println(json.writeValueAsString(result));
        return 0;
    }

    private static ExtractedDocument extractOne(DocumentExtraction extraction, String file, DocumentLimits limits) {
        Path path = Path.of(file);
        String name = path.getFileName() == null ? file : path.getFileName().toString();
        try {
            if (!Files.isRegularFile(path)) {
                return ExtractedDocument.failed(name, "file not found or not a regular file");
            }
            if (Files.size(path) > limits.maxBytes()) {
                return ExtractedDocument.failed(name, "file too large: " + Files.size(path) / (1024 * 1024)
                        + " MB (limit " + limits.maxBytes() / (1024 * 1024) + " MB)");
            }
            return extraction.extract(name, Files.readAllBytes(path), page -> { });
        } catch (IOException e) {
            return ExtractedDocument.failed(name, "file cannot be read");
        }
    }
}
