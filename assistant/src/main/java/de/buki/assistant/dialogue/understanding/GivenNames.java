package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Double first names: "Anna Lena", "Mehmet Ali", "Mohammad Reza" are one first name, "Anna Schmidt" is a first
 * and a last name. Asked for the first name, a word after the first one belongs to it when it is a typical
 * second part of a double first name ({@code lexicon/given-names.json}) or follows a prefix that never stands
 * alone ("Abdul Rahman").
 */
final class GivenNames {
    private static final GivenNames STANDARD = load("lexicon/given-names.json");
    private final Set<String> secondParts;
    private final Set<String> prefixes;

    private GivenNames(Set<String> secondParts, Set<String> prefixes) {
        this.secondParts = secondParts;
        this.prefixes = prefixes;
    }

    static GivenNames standard() {
        return STANDARD;
    }

    /** Whether the folded word is a typical second part of a double first name. */
    boolean isSecondPart(String folded) {
        return secondParts.contains(folded);
    }

    /** Whether the folded word is a prefix that takes the next word into the name ("abdul", "عبد"). */
    boolean isPrefix(String folded) {
        return prefixes.contains(folded);
    }

    private static GivenNames load(String resource) {
        try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing on the classpath: " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new GivenNames(folded(root.path("names")), folded(root.path("compoundPrefixes")));
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon unreadable: " + resource, e);
        }
    }

    private static Set<String> folded(JsonNode array) {
        Set<String> words = new HashSet<>();
        array.forEach(n -> words.add(TextNormalizer.fold(n.asText()).strip()));
        return Set.copyOf(words);
    }
}
