package de.buki.assistant.documents.samples;

import java.util.ArrayList;
import java.util.List;

/** What is printed on one A4 page, in millimetres from the top-left corner; rendered identically to PDF and image. */
final class Sheet {
    record Text(double x, double y, String text, double pt, boolean bold, boolean alignRight) {
    }

    record Rule(double x1, double y1, double x2, double y2) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();

    void text(double x, double y, String text, double pt, boolean bold) {
        texts.add(new Text(x, y, text, pt, bold, false));
    }

    void right(double xRight, double y, String text, double pt, boolean bold) {
        texts.add(new Text(xRight, y, text, pt, bold, true));
    }

    void rule(double x1, double y1, double x2, double y2) {
        rules.add(new Rule(x1, y1, x2, y2));
    }
}
