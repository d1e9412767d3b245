package de.buki.assistant.documents.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Lays out one synthetic document (letterhead, address window, date line, label/value pairs) and its ground truth. */
final class DocBuilder {
    enum Style { INLINE, TABLE, STACKED }

    final String docType;
    final Sheet sheet = new Sheet();
    final Map<String, Object> truth = new LinkedHashMap<>();
    final SampleValues v;
    final Random rnd;
    final Style style;
    final double valueX;
    double y = 20;

    DocBuilder(String docType, SampleValues v) {
        this.docType = docType;
        this.v = v;
        this.rnd = v.rnd;
        this.style = Style.values()[rnd.nextInt(3)];
        this.valueX = 75 + rnd.nextInt(15);
    }

    String label(List<String> variants) {
        return v.pick(variants);
    }

    /** "Label: value" in this document's style. */
    void kv(String label, String value) {
        switch (style) {
            case INLINE -> {
                sheet.text(25, y, label + ": " + value, 10.5, false);
                y += 6.5;
            }
            case TABLE -> {
                sheet.text(25, y, label, 10.5, false);
                sheet.text(valueX, y, value, 10.5, false);
                y += 6.5;
            }
            case STACKED -> {
                sheet.text(25, y, label, 8, false);
                sheet.text(25, y + 4.6, value, 11, true);
                y += 11.5;
            }
        }
    }

    /** A label/value pair always on one row, value right-aligned in an amount column. */
    void amountRow(String label, String amount, boolean bold) {
        sheet.text(25, y, label, 10.5, bold);
        sheet.right(180, y, amount, 10.5, bold);
        y += 6;
    }

    void letterhead(String org, String street, String plzCity) {
        boolean right = rnd.nextBoolean();
        if (right) {
            sheet.right(185, 18, org, 13, true);
            sheet.right(185, 24, street, 9, false);
            sheet.right(185, 28.5, plzCity, 9, false);
        } else {
            sheet.text(25, 18, org, 13, true);
            sheet.text(25, 24, street + " · " + plzCity, 9, false);
        }
        sheet.text(25, 47, org + " · " + street + " · " + plzCity, 6.5, false);
    }

    void window(String name, String street, String plzCity) {
        String salutation = v.pick(List.of("Frau", "Herrn", "", ""));
        double yy = 53;
        if (!salutation.isEmpty()) {
            sheet.text(25, yy, salutation, 10.5, false);
            yy += 5;
        }
        sheet.text(25, yy, name, 10.5, false);
        sheet.text(25, yy + 5, street, 10.5, false);
        sheet.text(25, yy + 10, plzCity, 10.5, false);
    }

    /** The letter's date: "Kassel, 12.03.2026", "Datum: 12.03.2026" or a right-aligned date. */
    void dateLine(String city, String date) {
        switch (rnd.nextInt(3)) {
            case 0 -> sheet.right(185, 80, city + ", " + date, 10.5, false);
            case 1 -> sheet.right(185, 80, "Datum: " + date, 10.5, false);
            default -> sheet.right(185, 80, city + ", den " + date, 10.5, false);
        }
    }

    void title(String title) {
        sheet.text(25, y, title, 13, true);
        y += 10;
    }

    /** Body text wrapped at about 90 characters per line. */
    void para(String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > 88) {
                sheet.text(25, y, line.toString().trim(), 10.5, false);
                y += 5.2;
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        if (!line.isEmpty()) {
            sheet.text(25, y, line.toString().trim(), 10.5, false);
            y += 5.2;
        }
        y += 3;
    }

    void gap(double mm) {
        y += mm;
    }
}
