package de.buki.assistant.pages;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** A Wohngeldbescheid as a scanned page (PNG), drawn at test time so the upload goes through real OCR. */
final class Bescheid {
    private Bescheid() {
    }

    static Path wohngeld(Path dir, String recipient, String caseNumber, String from, String to) throws IOException {
        BufferedImage page = new BufferedImage(1654, 1400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        String[] lines = {
            "Stadt Oldenburg - Wohngeldstelle",
            "Pferdemarkt 14, 26121 Oldenburg",
            "",
            "Wohngeldbescheid",
            "",
            "Frau " + recipient,
            "Lindenallee 3, 26122 Oldenburg",
            "Aktenzeichen: " + caseNumber,
            "Datum: 15.04.2026",
            "",
            "Ihnen wird Wohngeld bewilligt.",
            "Bewilligungszeitraum: " + from + " bis " + to,
            "Monatlicher Wohngeldbetrag: 245,00 EUR",
        };
        int y = 120;
        for (String line : lines) {
            g.setFont(new Font(Font.SANS_SERIF, line.equals("Wohngeldbescheid") ? Font.BOLD : Font.PLAIN, line.equals("Wohngeldbescheid") ? 64 : 44));
            g.drawString(line, 120, y);
            y += 84;
        }
        g.dispose();
        Path file = dir.resolve("wohngeldbescheid.png");
        ImageIO.write(page, "png", file.toFile());
        return file;
    }
}
