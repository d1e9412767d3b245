package de.buki.models.llamacpp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny random-weight llama model in GGUF v3 (all tensors F32): 64-dim, 4 heads, 2 layers, a SentencePiece
 * vocabulary of control, byte, ASCII and a few word tokens, and a ChatML chat template. It speaks nonsense, which is
 * the point: tests prove that loading, templating, streaming and grammar-constrained JSON work, and that grounding
 * rejects what the model invents.
 */
public final class TinyGguf {
    static final int EMBD = 64, HEADS = 4, LAYERS = 2, FF = 128, CTX = 4096, ALIGN = 32;
    static final String CHATML = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
            + "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
            + "{{ '<|im_start|>assistant\\n' }}{% endif %}";
    private static final String[] WORDS = {"▁hello", "▁world", "▁the", "▁and", "▁der", "▁die", "▁und", "▁Ja",
        "▁Nein", "▁value", "▁quote"};

    private TinyGguf() {
    }

    /** Writes the model to {@code file}; the same seed gives the same bytes. */
    public static Path write(Path file, long seed) throws IOException {
        List<String> tokens = vocabulary();
        Map<String, float[]> tensors = tensors(tokens.size(), new Random(seed));
        Map<String, long[]> shapes = shapes(tokens.size());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            java.io.ByteArrayOutputStream kv = new java.io.ByteArrayOutputStream();
            Le meta = new Le(kv);
            writeMetadata(meta, tokens);
            Le le = new Le(out);
            le.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
            le.u32(3);
            le.u64(tensors.size());
            le.u64(meta.keys);
            le.bytes(kv.toByteArray());
            long offset = 0;
            for (String name : tensors.keySet()) {
                long[] dims = shapes.get(name);
                le.str(name);
                le.u32(dims.length);
                for (long d : dims) {
                    le.u64(d);
                }
                le.u32(0);
                le.u64(offset);
                offset += padded(tensors.get(name).length * 4L);
            }
            le.pad();
            for (float[] data : tensors.values()) {
                ByteBuffer bb = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                bb.asFloatBuffer().put(data);
                le.bytes(bb.array());
                le.pad();
            }
        }
        return file;
    }

    /** Token id of a single-character token, e.g. {@code "\""}; -1 when absent. */
    public static int tokenId(String piece) {
        return vocabulary().indexOf(piece);
    }

    static List<String> vocabulary() {
        List<String> t = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            t.add(String.format("<0x%02X>", b));
        }
        t.add("▁");
        for (char c = '!'; c <= '~'; c++) {
            t.add(String.valueOf(c));
        }
        t.addAll(List.of(WORDS));
        return t;
    }

    private static void writeMetadata(Le le, List<String> tokens) throws IOException {
        le.kvStr("general.architecture", "llama");
        le.kvStr("general.name", "buki-tiny-random");
        le.kvU32("general.alignment", ALIGN);
        le.kvU32("llama.context_length", CTX);
        le.kvU32("llama.embedding_length", EMBD);
        le.kvU32("llama.block_count", LAYERS);
        le.kvU32("llama.feed_forward_length", FF);
        le.kvU32("llama.attention.head_count", HEADS);
        le.kvU32("llama.attention.head_count_kv", HEADS);
        le.kvF32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        le.kvU32("llama.rope.dimension_count", EMBD / HEADS);
        le.kvF32("llama.rope.freq_base", 10000f);
        le.kvU32("llama.vocab_size", tokens.size());
        writeVocabulary(le, tokens);
        le.kvU32("tokenizer.ggml.unknown_token_id", 0);
        le.kvU32("tokenizer.ggml.bos_token_id", 1);
        le.kvU32("tokenizer.ggml.eos_token_id", 2);
        le.kvBool("tokenizer.ggml.add_bos_token", true);
        le.kvStr("tokenizer.chat_template", CHATML);
    }

    private static void writeVocabulary(Le le, List<String> tokens) throws IOException {
        le.kvStr("tokenizer.ggml.model", "llama");
        le.key("tokenizer.ggml.tokens");
        le.u32(9);
        le.u32(8);
        le.u64(tokens.size());
        for (String tok : tokens) {
            le.str(tok);
        }
        le.key("tokenizer.ggml.scores");
        le.u32(9);
        le.u32(6);
        le.u64(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            le.f32(tokens.get(i).length() > 1 && tokens.get(i).startsWith("▁") ? 0f : -i);
        }
        le.key("tokenizer.ggml.token_type");
        le.u32(9);
        le.u32(5);
        le.u64(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            le.u32(i == 0 ? 2 : i < 3 ? 3 : i < 259 ? 6 : 1);
        }
    }

    private static Map<String, long[]> shapes(int vocab) {
        Map<String, long[]> s = new LinkedHashMap<>();
        s.put("token_embd.weight", new long[] {EMBD, vocab});
        s.put("output_norm.weight", new long[] {EMBD});
        s.put("output.weight", new long[] {EMBD, vocab});
        for (int i = 0; i < LAYERS; i++) {
            String b = "blk." + i + ".";
            s.put(b + "attn_norm.weight", new long[] {EMBD});
            for (String n : List.of("attn_q", "attn_k", "attn_v", "attn_output")) {
                s.put(b + n + ".weight", new long[] {EMBD, EMBD});
            }
            s.put(b + "ffn_norm.weight", new long[] {EMBD});
            s.put(b + "ffn_gate.weight", new long[] {EMBD, FF});
            s.put(b + "ffn_up.weight", new long[] {EMBD, FF});
            s.put(b + "ffn_down.weight", new long[] {FF, EMBD});
        }
        return s;
    }

    private static Map<String, float[]> tensors(int vocab, Random rnd) {
        Map<String, float[]> t = new LinkedHashMap<>();
        shapes(vocab).forEach((name, dims) -> {
            long n = 1;
            for (long d : dims) {
                n *= d;
            }
            float[] data = new float[(int) n];
            boolean norm = name.contains("norm");
            for (int i = 0; i < data.length; i++) {
                data[i] = norm ? 1f : (float) (rnd.nextGaussian() * 0.02);
            }
            t.put(name, data);
        });
        return t;
    }

    private static long padded(long n) {
        return (n + ALIGN - 1) / ALIGN * ALIGN;
    }

    /** Little-endian GGUF primitives, tracking the position for alignment padding. */
    private static final class Le {
        private final OutputStream out;
        private long pos;
        private int keys;

        Le(OutputStream out) {
            this.out = out;
        }

        void bytes(byte[] b) throws IOException {
            out.write(b);
            pos += b.length;
        }

        void u32(long v) throws IOException {
            bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array());
        }

        void u64(long v) throws IOException {
            bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void f32(float v) throws IOException {
            bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
        }

        void str(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            bytes(b);
        }

        void key(String k) throws IOException {
            keys++;
            str(k);
        }

        void kvStr(String k, String v) throws IOException {
            key(k);
            u32(8);
            str(v);
        }

        void kvU32(String k, long v) throws IOException {
            key(k);
            u32(4);
            u32(v);
        }

        void kvF32(String k, float v) throws IOException {
            key(k);
            u32(6);
            f32(v);
        }

        void kvBool(String k, boolean v) throws IOException {
            key(k);
            u32(7);
            bytes(new byte[] {(byte) (v ? 1 : 0)});
        }

        void pad() throws IOException {
            while (pos % ALIGN != 0) {
                bytes(new byte[] {0});
            }
        }
    }
}
