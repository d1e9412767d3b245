package de.buki.assistant.dialogue.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text fields as given, without the lead-in ("Ich wohne in Oldenburg" → "Oldenburg"): city, street
 * ("Lindenallee 3" → "Lindenallee"), house number ("Nr. 12a" → "12a"), reference numbers ("WG-2026-1001").
 */
final class Texts {
    /** "12", "5 a", "3-5" (a house spanning numbers). */
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "(?<![\\p{Nd}\\p{L}])(\\p{Nd}{1,4}(?: ?[-\u2013] ?\\p{Nd}{1,4})?) ?(\\p{L})?(?![\\p{L}\\p{Nd}])");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[,\\s]+(?:(?:nr|no|nummer|numara|numer|номер|رقم|شماره|№)\\.?\\s*)?\\p{Nd}{1,4}\\s?[a-zA-Z]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{Nd}&'.\\-]*\\s+(?:(?:der|die|das|des|dem|den|am|an|im|in|von|vom|zu|zum|zur|für|und|of|the|and)\\s+)?){1,5}(?:gGmbH|GmbH|mbH|e\\.\\s?V\\.?|AG|UG|KG|GbR|OHG|Ltd\\.?|Inc\\.?)(?![\\p{L}])");
    private static final Pattern POSTAL = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{5}(?!\\p{Nd})");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}\\-/.]*[\\p{L}\\p{Nd}])?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\p{Nd}{1,4}\\s?\\p{L}?[,\\s]+(?=\\p{L}{3})");
    private static final Pattern APOSTROPHE_SUFFIX = Pattern.compile("['\u2019]\\p{L}{1,5}$");
    /** Characters of markup, code and instructions, never of a street, city, institution or person. */
    private static final Pattern CODE_LIKE = Pattern.compile("[<>{}\\[\\]\\\\=;|]|\\p{Cf}");
    private static final int MAX_FREE_TEXT_WORDS = 12;
    private static final Set<String> PLACES = Set.of("destination", "city");
    private static final Set<String> INSTITUTION_KINDS = Set.of("school", "kita", "hort", "tagespflege");
    private static final Pattern LABEL = Pattern.compile("\\s*\\p{L}+(?:[ -]\\p{L}+){0,2}\\s*:\\s*(\\S.*)", Pattern.DOTALL);
    private static final Pattern ABBREVIATED = Pattern.compile(".*(str|st|pl)");

    private Texts() {
    }

    static String read(Tokens tokens, LanguagePack pack, String leaf, String lang) {
        return switch (leaf) {
            case "houseNumber" -> houseNumber(tokens.original());
            case "caseNumber", "customerNumber" -> reference(tokens.original());
            default -> plain(withoutDetails(withoutLabel(tokens), pack), pack, leaf, lang);
        };
    }

    /** "Alexanderstraße 45, 2. OG", "Oberschule Ofenerdiek, Klasse 6b": a floor or class after a comma is no part of it. */
    private static Tokens withoutDetails(Tokens tokens, LanguagePack pack) {
        String original = tokens.original();
        for (int i = 1; i < tokens.size(); i++) {
            int comma = original.lastIndexOf(',', tokens.get(i).start());
            boolean afterComma = comma >= tokens.get(i - 1).end();
            if (afterComma && detailFollows(tokens, pack, i)) {
                return Tokens.of(original.substring(0, comma));
            }
        }
        return tokens;
    }

    /** One of the first two words from {@code at} (numbers skipped) is a detail word ("2. OG", "3rd floor"). */
    private static boolean detailFollows(Tokens tokens, LanguagePack pack, int at) {
        int words = 0;
        for (int i = at; i < tokens.size() && words < 2; i++) {
            if (pack.details.longestAt(tokens, i) != null) {
                return true;
            }
            words += tokens.get(i).isNumber() ? 0 : 1;
        }
        return false;
    }

    /** "Straße: Alexanderstr.", "Kita: Pusteblume": a short label before a colon is no part of the value. */
    private static Tokens withoutLabel(Tokens tokens) {
        Matcher m = LABEL.matcher(tokens.original());
        return m.matches() ? Tokens.of(m.group(1)) : tokens;
    }

    private static String plain(Tokens tokens, LanguagePack pack, String leaf, String lang) {
        String organisation = leaf.equals("name") ? organisation(tokens.original(), pack) : null;
        if (organisation != null) {
            return organisation;
        }
        boolean name = leaf.equals("name");
        int start = Math.max(introEnd(tokens, pack, leaf), name ? Math.max(afterNameMarker(tokens, pack), afterApposition(tokens, pack)) : 0);
        int end = outroStart(tokens, pack, start);
        boolean nearTown = name || leaf.equals("city");
        if (nearTown && end - start >= 3 && pack.locatedIn.longestAt(tokens, end - 2) != null && capitalised(tokens, end - 1)) {
            end -= 2;   // "Grundschule Am Wasserturm in Oldenburg", "Baunatal bei Kassel": the town itself
        }
        if (start >= end || end - start > MAX_FREE_TEXT_WORDS || codeLike(tokens.original())) {
            return null;
        }
        int to = tokens.get(end - 1).end();
        if (leaf.equals("street") && ABBREVIATED.matcher(tokens.word(end - 1)).matches()
                && tokens.original().startsWith(".", to)) {
            to++;   // "Alexanderstr." keeps its dot
        }
        String text = tokens.original().substring(tokens.get(start).start(), to).strip();
        boolean suffixMarked = APOSTROPHE_SUFFIX.matcher(text).find() || tokens.original().startsWith("'", to)
                || tokens.original().startsWith("\u2019", to);
        text = APOSTROPHE_SUFFIX.matcher(text).replaceFirst("");
        if (leaf.equals("street")) {
            text = LEADING_NUMBER.matcher(TRAILING_NUMBER.matcher(text).replaceFirst("")).replaceFirst("").strip();
        }
        if (leaf.equals("city")) {
            text = POSTAL.matcher(text).replaceAll("").replaceAll("^[,\\s]+|[,\\s]+$", "").replaceAll("\\s{2,}", " ");
        }
        if (PLACES.contains(leaf) && start > 0) {
            text = PlaceNames.baseForm(text, tokens.word(start - 1));
        }
        if (PLACES.contains(leaf) && "tr".equals(lang) && end < tokens.size() && !suffixMarked) {
            text = PlaceNames.turkishBaseForm(text, leaf.equals("city"));   // "hamburga gidiyorlar", "kasselde oturuyoruz"
        }
        if (leaf.equals("city") || leaf.equals("street")) {
            text = Names.capitalise(text);   // "kassel" → "Kassel"; a destination may be a common noun ("zoo")
        }
        return text.isEmpty() ? null : closeBrackets(tokens.original(), text);
    }

    /**
     * Where the value starts after lead-ins ("Ich wohne in", "die Schule heißt"); a trip destination also drops
     * travel words, prepositions and articles ("Klassenfahrt an die Ostsee" → "Ostsee", "auf die Insel Juist").
     * Street names keep theirs ("Am Schlossgarten", "Auf dem Kamp").
     */
    private static int introEnd(Tokens tokens, LanguagePack pack, String leaf) {
        boolean destination = leaf.equals("destination");
        int start = 0;
        for (boolean moved = true; moved && start < tokens.size() && !(leaf.equals("name") && properNameAt(tokens, start)); ) {
            PhraseTable.Hit<Boolean> intro = pack.textIntro.longestAt(tokens, start);
            PhraseTable.Hit<Boolean> place = destination ? pack.placeIntro.longestAt(tokens, start) : null;
            int next = Math.max(intro == null ? start : intro.end(), place == null ? start : place.end());
            moved = next > start;
            start = next;
        }
        return start;
    }

    /** "die Mensa macht die Firma Sodexo", "the school is called X": the name follows the last such marker. */
    private static int afterNameMarker(Tokens tokens, LanguagePack pack) {
        int after = 0;
        for (PhraseTable.Hit<Boolean> marker : pack.nameMarkers.findAll(tokens)) {
            if (marker.end() < tokens.size()) {
                after = marker.end();
            }
        }
        return after;
    }

    /** "An die Schule, Grundschule Lindenallee", "the school, X": the kind of place before a comma, its name after. */
    private static int afterApposition(Tokens tokens, LanguagePack pack) {
        String original = tokens.original();
        int comma = original.indexOf(',');
        if (comma < 0 || original.indexOf(',', comma + 1) >= 0) {
            return 0;
        }
        int after = 0;
        while (after < tokens.size() && tokens.get(after).start() < comma) {
            after++;
        }
        boolean kindBefore = false;
        for (int i = 0; i < after; i++) {
            PhraseTable.Hit<String> kind = pack.enums.longestAt(tokens, i);
            kindBefore |= kind != null && kind.end() <= after && INSTITUTION_KINDS.contains(kind.value());
        }
        return kindBefore && after < tokens.size() && capitalised(tokens, after) ? after : 0;
    }

    private static boolean capitalised(Tokens tokens, int i) {
        return Character.isUpperCase(tokens.get(i).raw().codePointAt(0));
    }

    /** "Kontoinhaber ist die Stadt Oldenburg": after a lead-in, two capitalised words are the name ("Stadt" stays). */
    private static boolean properNameAt(Tokens tokens, int at) {
        return at > 0 && at + 1 < tokens.size() && Character.isUpperCase(tokens.get(at).raw().codePointAt(0))
                && Character.isUpperCase(tokens.get(at + 1).raw().codePointAt(0));
    }

    /** Where the value ends before closing words ("danke", "zindegi mikonim", "gidiyorlar"), several in a row too. */
    private static int outroStart(Tokens tokens, LanguagePack pack, int start) {
        int end = tokens.size();
        for (boolean moved = true; moved; ) {
            moved = false;
            for (int i = start + 1; i < end && !moved; i++) {
                PhraseTable.Hit<Boolean> outro = pack.textOutro.longestAt(tokens, i);
                if (outro != null && outro.end() == end) {
                    end = i;
                    moved = true;
                }
            }
        }
        return end;
    }

    /** Markup, code or hidden (zero-width) characters: an attack or a paste, not an answer to take as a value. */
    static boolean codeLike(String original) {
        return CODE_LIKE.matcher(original).find();
    }

    /** "Die Mensa macht die Firma Schulmenü GmbH" → "Schulmenü GmbH": a name ending in a legal form. */
    private static String organisation(String original, LanguagePack pack) {
        Matcher m = ORGANISATION.matcher(original);
        if (!m.find()) {
            return null;
        }
        Tokens span = Tokens.of(m.group().strip());
        int start = 0;
        for (PhraseTable.Hit<Boolean> intro : pack.textIntro.findAll(span)) {
            if (intro.start() == start && intro.end() < span.size()) {
                start = intro.end();
            }
        }
        return span.original().substring(span.get(start).start()).strip();
    }

    /** "Oldenburg (Oldb" cut at the last token gets its closing bracket back. */
    private static String closeBrackets(String original, String text) {
        if (text.contains("(") && !text.contains(")") && original.contains(text + ")")) {
            return text + ")";
        }
        return text;
    }

    private static String houseNumber(String original) {
        Matcher m = HOUSE_NUMBER.matcher(asciiDigits(original));
        if (!m.find()) {
            return null;
        }
        return m.group(1).replaceAll("\\s", "").replace('\u2013', '-') + (m.group(2) == null ? "" : m.group(2).toLowerCase());
    }

    private static String reference(String original) {
        Matcher m = REFERENCE.matcher(asciiDigits(original));
        String best = null;
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isDigit) && (best == null || m.group().length() > best.length())) {
                best = m.group();
            }
        }
        return best;
    }

    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                b.append(Character.forDigit(Character.digit(c, 10), 10));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
