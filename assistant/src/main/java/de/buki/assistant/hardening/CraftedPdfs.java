package de.buki.assistant.hardening;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;

/** Structurally valid PDFs that are hostile by content: passwords, scripts, attachments, page counts, page sizes. */
final class CraftedPdfs {
    private CraftedPdfs() {
    }

    interface Edit {
        void apply(PDDocument doc) throws IOException;
    }

    static byte[] edited(Edit edit) {
        try (PDDocument doc = Loader.loadPDF(SeedDocuments.textPdf())) {
            edit.apply(doc);
            return SeedDocuments.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypted with AES-256; {@code userPassword} empty means it opens without one (owner password only). */
    static byte[] encrypted(String userPassword) {
        return edited(doc -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
        });
    }

    static byte[] javaScript() {
        return edited(doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript(
                "app.alert('x'); this.exportDataObject({cName: 'a.exe', nLaunch: 2});")));
    }

    static byte[] launchAction() {
        return edited(doc -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDComplexFileSpecification cmd = new PDComplexFileSpecification();
            cmd.setFile("C:\\Windows\\System32\\cmd.exe");
            launch.setFile(cmd);
            doc.getDocumentCatalog().setOpenAction(launch);
        });
    }

    static byte[] embeddedFile() {
        return edited(doc -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("invoice.exe");
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(new byte[] {'M', 'Z', 0, 0}));
            file.setSubtype("application/x-msdownload");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("invoice.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
        });
    }

    /** {@code pages} pages with a line of text each. */
    static byte[] manyPages(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A6);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    SeedDocuments.writeLines(cs, 20, 380);
                }
            }
            return SeedDocuments.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of 200 × 200 inches without text: rendering it at 300 dpi would need 3.6 gigapixels. */
    static byte[] hugePage() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            return SeedDocuments.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid PDF padded with random bytes after %%EOF to {@code megabytes} MB. */
    static byte[] padded(int megabytes, long seed) {
        byte[] pdf = SeedDocuments.textPdf();
        byte[] pad = new byte[(megabytes << 20) - pdf.length];
        new Random(seed).nextBytes(pad);
        return Mutations.concat(pdf, pad);
    }
}
