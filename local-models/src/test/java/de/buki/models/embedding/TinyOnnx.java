package de.buki.models.embedding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a tiny random "embedding model" as real ONNX protobuf (one Gather over a random embedding table, inputs
 * input_ids and attention_mask, output last_hidden_state) plus a WordLevel tokenizer.json, so the ONNX Runtime and
 * tokenizer code paths run for real without any download.
 */
final class TinyOnnx {
    static final List<String> WORDS = List.of("[UNK]", "query", "passage", ":", "mittagessen", "schule", "eigenanteil",
            "kosten", "wohnung", "einkommen", "grenze", "wetter", "fussball", "paris", "klassenfahrt", "bescheid", "[CLS]", "[SEP]");
    static final int DIM = 32;

    private TinyOnnx() {
    }

    static void write(Path model, Path tokenizer) throws IOException {
        Files.write(model, modelProto());
        StringBuilder vocab = new StringBuilder();
        for (int i = 0; i < WORDS.size(); i++) {
            vocab.append(i == 0 ? "" : ",").append('"').append(WORDS.get(i)).append("\":").append(i);
        }
        Files.writeString(tokenizer, "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[],"
                + "\"normalizer\":{\"type\":\"Lowercase\"},\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
                + "\"post_processor\":{\"type\":\"BertProcessing\",\"sep\":[\"[SEP]\"," + WORDS.indexOf("[SEP]")
                + "],\"cls\":[\"[CLS]\"," + WORDS.indexOf("[CLS]") + "]},\"decoder\":null,\"model\":{\"type\":\"WordLevel\",\"vocab\":{" + vocab
                + "},\"unk_token\":\"[UNK]\"}}");
    }

    private static byte[] modelProto() {
        Pb graph = new Pb()
                .msg(1, new Pb().str(1, "emb").str(1, "input_ids").str(2, "last_hidden_state").str(3, "gather")
                        .str(4, "Gather"))
                .str(2, "tiny")
                .msg(5, new Pb().i64(1, WORDS.size()).i64(1, DIM).i64(2, 1).str(8, "emb").bytes(9, table()))
                .msg(11, valueInfo("input_ids", 7, "batch", "seq"))
                .msg(11, valueInfo("attention_mask", 7, "batch", "seq"))
                .msg(12, valueInfo("last_hidden_state", 1, "batch", "seq", DIM));
        return new Pb().i64(1, 8).str(2, "buki-test").msg(7, graph).msg(8, new Pb().i64(2, 13)).toBytes();
    }

    private static Pb valueInfo(String name, int elemType, Object... dims) {
        Pb shape = new Pb();
        for (Object d : dims) {
            shape.msg(1, d instanceof Integer i ? new Pb().i64(1, i) : new Pb().str(2, (String) d));
        }
        return new Pb().str(1, name).msg(2, new Pb().msg(1, new Pb().i64(1, elemType).msg(2, shape)));
    }

    private static byte[] table() {
        Random rnd = new Random(5);
        ByteBuffer bb = ByteBuffer.allocate(WORDS.size() * DIM * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < WORDS.size() * DIM; i++) {
            bb.putFloat((float) rnd.nextGaussian());
        }
        return bb.array();
    }

    /** Minimal protobuf writer: varints and length-delimited fields. */
    private static final class Pb {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Pb i64(int field, long v) {
            varint((long) field << 3);
            varint(v);
            return this;
        }

        Pb str(int field, String s) {
            return bytes(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Pb msg(int field, Pb m) {
            return bytes(field, m.toBytes());
        }

        Pb bytes(int field, byte[] b) {
            varint(((long) field << 3) | 2);
            varint(b.length);
            out.writeBytes(b);
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
