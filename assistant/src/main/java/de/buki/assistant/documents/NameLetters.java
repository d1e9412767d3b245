package de.buki.assistant.documents;

import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letters of names that the German model cannot read: Łukasz, Şahin, Doğan, Wójcik, İbrahim, Renée come out as
 * "Lukasz", "Sahin", "Dogan", "Wöjcik". Reading whole pages with several models is 2-3 times slower, so only the words
 * of a person's name are read again, one word at a time, with the Polish, Turkish and English models. A reading
 * replaces the German one only when it has a letter German lacks, spells the same name apart from letters and reads
 * at least as confidently on the same crop: a German name stays as it is.
 */
public final class NameLetters {
    static final List<String> MODELS = List.of("pol", "tur", "eng");
    private static final double MIN_CONFIDENCE = 0.75;
    private static final double ALONE_CONFIDENCE = 0.85;

    private NameLetters() {
    }

    /** The fields with the words of the listed name fields read again where that reads better. */
    public static Map<String, ExtractedField> improve(Map<String, ExtractedField> fields, Set<String> nameFields, List<Page> pages,
                                                      long deadline) {
        Map<String, ExtractedField> out = new LinkedHashMap<>(fields);
        for (String id : nameFields) {
            ExtractedField f = out.get(id);
            Evidence e = f == null ? null : f.evidence();
            if (e == null || !(f.value() instanceof String value) || e.page() < 1 || e.page() > pages.size()) {
                continue;
            }
            Page page = pages.get(e.page() - 1);
            if (page.crops() == null || System.nanoTime() > deadline) {
                continue;
            }
            String better = reread(value, page, e.bbox());
            if (java.util.Arrays.stream(better.split(" ")).anyMatch(NameLetters::symbolInWord)) {
                out.remove(id); // a letter no model could read: better no name than a wrong one
            } else if (!better.equals(value)) {
                out.put(id, new ExtractedField(better, f.confidence(), new Evidence(e.page(), e.text().replace(value, better), e.bbox())));
            }
        }
        return out;
    }

    private static String reread(String value, Page page, List<Integer> bbox) {
        List<String> tokens = new ArrayList<>(List.of(value.split(" ")));
        for (int i = 0; i < tokens.size(); i++) {
            Word word = wordOf(tokens.get(i), page, bbox);
            if (word != null) {
                tokens.set(i, bestReading(tokens.get(i), word.confidence(), page.crops().crop(word), page.crops().dpi()));
            }
        }
        return String.join(" ", tokens);
    }

    /** The page word printed as this token, the one nearest the evidence box when it occurs more than once. */
    private static Word wordOf(String token, Page page, List<Integer> bbox) {
        double cx = bbox == null ? 0 : bbox.get(0) + bbox.get(2) / 2.0, cy = bbox == null ? 0 : bbox.get(1) + bbox.get(3) / 2.0;
        return page.words().stream().filter(w -> clean(w.text()).equals(token))
                .min(Comparator.comparingDouble(w -> Math.hypot(w.x() + w.w() / 2.0 - cx, w.centerY() - cy))).orElse(null);
    }

    /**
     * The German token, or another model's reading of the same crop that fits the rule in the class comment. Read
     * alone, a word escapes the page's layout (a line merged with a column beside it can come out as "Voss Weck"):
     * a clearly more confident German reading of the crop replaces the page's, and another model's reading may spell
     * like either of them.
     */
    static String bestReading(String pageToken, double pageConfidence, BufferedImage crop, int dpi) {
        Reading german = read("deu", crop, dpi, pageToken);
        boolean aloneBetter = german != null && german.confidence() > pageConfidence + 0.1 && german.text().matches("\\p{Lu}[\\p{L}'\\-]+");
        String token = aloneBetter && german.confidence() >= ALONE_CONFIDENCE ? german.text() : pageToken;
        double bar = Math.max(MIN_CONFIDENCE, german == null ? 0 : german.confidence() - 0.01);
        Reading best = null;
        for (String model : MODELS) {
            Reading r = read(model, crop, dpi, token);
            boolean same = r != null && (sameName(r.text(), token) || aloneBetter && sameName(r.text(), german.text()));
            if (same && hasForeignLetter(r.text()) && sameCase(r.text(), token) && r.confidence() >= bar
                    && (best == null || r.confidence() > best.confidence())) {
                best = r;
            }
        }
        if (best == null) {
            return token;
        }
        String text = best.text();
        // a capital the other model read small ("wójcik" for "Wöjcik") keeps the printed case
        return Character.isUpperCase(token.charAt(0)) && Character.isLowerCase(text.charAt(0))
                ? text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1) : text;
    }

    private record Reading(String text, double confidence) {
    }

    /** The crop's word that spells most like the token (a crop may catch a neighbour's edge). */
    private static Reading read(String model, BufferedImage crop, int dpi, String token) {
        List<Word> words = TesseractOcr.forLanguage(model).read(crop, dpi, 2000, TessPageSegMode.PSM_SINGLE_LINE);
        return words.stream().map(w -> new Reading(clean(w.text()), w.confidence())).filter(r -> !r.text().isEmpty())
                .min(Comparator.comparingInt(r -> distance(fold(r.text()), fold(token)))).orElse(null);
    }

    /**
     * "Zo&", "$ükrü": a letter read as a symbol inside a word ("Müller & Söhne" keeps its "&"); or a capital İ/Ł that
     * stayed small after re-reading.
     */
    static boolean symbolInWord(String token) {
        return token.matches(".*[$&€@].*") && token.codePoints().anyMatch(Character::isLetter)
                || token.matches("[it]\\p{Ll}{3,}|tL\\p{Ll}{2,}"); // İ or Ł still read small ("ibrahim", "tukasz")
    }

    /** "ZOĞ" is no reading of a name printed in small letters after its capital. */
    static boolean sameCase(String reading, String token) {
        boolean printedSmall = token.codePoints().skip(1).anyMatch(Character::isLowerCase);
        return !printedSmall || reading.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    static String clean(String word) {
        return word.replaceAll("^[,;:.!?()\"'„“”]+|[,;:.!?()\"'„“”]+$", "");
    }

    /** A letter outside German's alphabet (ł, ş, ğ, ó, é, İ …). */
    static boolean hasForeignLetter(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetter(c) && c > 127 && "ÄÖÜäöüß".indexOf(c) < 0);
    }

    /** Same name apart from accents and a few letters a model confuses (ł/t, ş/s): spelled alike after folding. */
    static boolean sameName(String a, String b) {
        String fa = fold(a), fb = fold(b);
        return distance(fa, fb) <= Math.max(1, Math.round(0.4 * Math.max(fa.length(), fb.length())));
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i'), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
