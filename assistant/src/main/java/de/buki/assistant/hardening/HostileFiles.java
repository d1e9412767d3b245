package de.buki.assistant.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fuzzer's corpus, reproducible from a seed: mutants of four valid seeds (truncated, bit-flipped, smashed,
 * shuffled) and crafted files (empty, wrong magic, polyglots, zip/PDF/image bombs, encrypted, scripted, 500 pages,
 * 60 MB, hostile names). {@code perKind} mutants of each kind per seed: 50 gives 1,000 mutants.
 */
public final class HostileFiles {
    static final List<String> HOSTILE_NAMES = List.of("../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "/etc/shadow", "lohn\u0000.pdf.exe", "a\r\nSet-Cookie: s=1.pdf", "\u202Efdp.exe", "CON.pdf", "",
            "%2e%2e%2fboot.ini", "x".repeat(600) + ".pdf", "<script>alert(1)</script>.png", "名前\u0007\u001b[31m.jpg");
    private static final Map<String, byte[]> MAGICS = Map.of("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
            "pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "elf", new byte[] {0x7F, 'E', 'L', 'F'}, "exe", new byte[] {'M', 'Z', (byte) 0x90, 0}, "zip", new byte[] {'P', 'K', 3, 4},
            "gif", "GIF89a".getBytes(StandardCharsets.US_ASCII), "tiff", new byte[] {'I', 'I', 42, 0});

    private HostileFiles() {
    }

    /**
     * The whole corpus; {@code bombMegabytes} is the inflated size of the bombs (200 in the full bench; the compressed
     * size is a thousandth of it), {@code heavy} adds the 60 MB files (else just over the 20 MB limit).
     */
    public static List<HostileFile> generate(long seed, int perKind, int bombMegabytes, boolean heavy) {
        Random rnd = new Random(seed);
        Map<String, byte[]> seeds = Map.of("pdf", SeedDocuments.textPdf(), "scan.pdf", SeedDocuments.scannedPdf(),
                "png", SeedDocuments.png(), "jpg", SeedDocuments.jpeg());
        List<HostileFile> out = new ArrayList<>();
        seeds.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(s -> out.addAll(mutants(s.getKey(), s.getValue(), perKind, new Random(rnd.nextLong()))));
        out.addAll(wrongMagic(seeds));
        out.addAll(polyglots(seeds));
        out.addAll(bombs(seeds.get("jpg"), bombMegabytes));
        out.addAll(crafted(heavy, rnd.nextLong()));
        out.addAll(names(seeds));
        return out;
    }

    static List<HostileFile> mutants(String ext, byte[] seed, int perKind, Random rnd) {
        List<HostileFile> out = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            int keep = i < 4 ? 1 + i * 5 : (int) ((long) seed.length * i / (perKind + 1));
            out.add(HostileFile.mayRead("truncated", "truncated-" + i + "." + ext, Mutations.truncate(seed, keep)));
            out.add(HostileFile.mayRead("bit-flipped", "flip1-" + i + "." + ext, Mutations.flipBits(seed, 1, rnd)));
            out.add(HostileFile.mayRead("bit-flipped", "flipN-" + i + "." + ext, Mutations.flipBits(seed, 2 + rnd.nextInt(64), rnd)));
            out.add(HostileFile.mayRead("smashed", "smash-" + i + "." + ext, Mutations.smash(seed, rnd)));
            out.add(HostileFile.mayRead("shuffled", "shuffle-" + i + "." + ext, Mutations.shuffle(seed, rnd)));
        }
        return out;
    }

    static List<HostileFile> wrongMagic(Map<String, byte[]> seeds) {
        List<HostileFile> out = new ArrayList<>();
        out.add(HostileFile.refused("empty", "empty.pdf", () -> new byte[0]));
        out.add(HostileFile.refused("empty", "one-byte.png", () -> new byte[] {0x25}));
        for (var seed : seeds.entrySet()) {
            for (var magic : MAGICS.entrySet()) {
                out.add(HostileFile.mayRead("wrong-magic", seed.getKey() + "-as-" + magic.getKey() + "." + seed.getKey(),
                        Mutations.withMagic(seed.getValue(), magic.getValue())));
            }
        }
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        out.add(HostileFile.refused("wrong-magic", "random.pdf", () -> random));
        for (String text : List.of("<html><script>alert(1)</script></html>", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><d>&x;</d>", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "{\"grossPay\": 0}", "#!/bin/sh\nrm -rf /\n", "Gesamtbrutto 0,00 EUR\n")) {
            out.add(HostileFile.refused("wrong-magic", "text-" + out.size() + ".pdf", () -> text.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    static List<HostileFile> polyglots(Map<String, byte[]> seeds) {
        byte[] pdf = seeds.get("pdf");
        byte[] zip = Bombs.zip(1);
        return List.of(
                HostileFile.mayRead("polyglot", "pdf-then-zip.pdf", Mutations.concat(pdf, zip)),
                HostileFile.mayRead("polyglot", "jpeg-then-pdf.jpg", Mutations.concat(seeds.get("jpg"), pdf)),
                HostileFile.mayRead("polyglot", "png-then-pdf.png", Mutations.concat(seeds.get("png"), pdf)),
                HostileFile.mayRead("polyglot", "zip-then-pdf.pdf", Mutations.concat(zip, pdf)),
                HostileFile.mayRead("polyglot", "html-then-pdf.pdf", Mutations.concat("<html>".getBytes(StandardCharsets.US_ASCII), pdf)),
                HostileFile.mayRead("polyglot", "junk-then-pdf.pdf", Mutations.concat(new byte[700], pdf)),
                HostileFile.mayRead("polyglot", "gif-then-pdf.gif", Mutations.concat(Bombs.gif(), pdf)));
    }

    static List<HostileFile> bombs(byte[] jpeg, int mb) {
        List<HostileFile> out = new ArrayList<>();
        out.add(HostileFile.refused("zip-bomb", "bomb.zip", () -> Bombs.zip(mb)));
        out.add(HostileFile.refused("zip-bomb", "nested-bomb.zip", () -> Bombs.nestedZip(Bombs.zip(mb / 4))));
        out.add(HostileFile.refused("zip-bomb", "bomb-as.pdf", () -> Bombs.zip(mb)));
        out.add(HostileFile.mayRead("pdf-bomb", "whitespace-bomb.pdf", () -> Bombs.pdfContent(" ", mb)));
        out.add(HostileFile.mayRead("pdf-bomb", "operand-bomb.pdf", () -> Bombs.pdfContent("1 ", mb / 2)));
        out.add(HostileFile.mayRead("pdf-bomb", "state-bomb.pdf", () -> Bombs.pdfContent("q ", mb / 2)));
        out.add(HostileFile.refused("image-bomb", "60000px.png", Bombs::png));
        out.add(HostileFile.refused("image-bomb", "60000px.jpg", () -> Bombs.jpeg(jpeg)));
        out.add(HostileFile.refused("image-bomb", "60000px.gif", Bombs::gif));
        return out;
    }

    static List<HostileFile> crafted(boolean heavy, long seed) {
        int big = heavy ? 60 : 21;
        return List.of(
                HostileFile.refused("encrypted", "encrypted.pdf", () -> CraftedPdfs.encrypted("geheim")),
                HostileFile.mayRead("encrypted", "owner-password-only.pdf", () -> CraftedPdfs.encrypted("")),
                HostileFile.mayRead("active-content", "javascript.pdf", CraftedPdfs::javaScript),
                HostileFile.mayRead("active-content", "launch-action.pdf", CraftedPdfs::launchAction),
                HostileFile.mayRead("active-content", "embedded-exe.pdf", CraftedPdfs::embeddedFile),
                HostileFile.refused("many-pages", "500-pages.pdf", () -> CraftedPdfs.manyPages(500)),
                HostileFile.mayRead("huge-page", "200-inch-page.pdf", CraftedPdfs::hugePage),
                HostileFile.refused("oversized", big + "mb.pdf", () -> CraftedPdfs.padded(big, seed)),
                HostileFile.refused("oversized", big + "mb.png", () -> Mutations.withMagic(new byte[big << 20], MAGICS.get("png"))));
    }

    static List<HostileFile> names(Map<String, byte[]> seeds) {
        List<HostileFile> out = new ArrayList<>();
        for (String name : HOSTILE_NAMES) {
            out.add(HostileFile.mayRead("hostile-name", name, seeds.get("pdf")));
            out.add(HostileFile.mayRead("hostile-name", name, seeds.get("png")));
        }
        return out;
    }
}
