package de.buki.models.manifest;

import java.util.List;

/**
 * What an operator needs to know to choose, fetch, verify and run a model. Plain data, loaded from JSON.
 *
 * @param id                  stable id used by {@code buki models} and {@code BUKI_LLM_MODEL}
 * @param task                chat | embedding
 * @param title               human-readable name
 * @param files               the files (GGUF; or ONNX + tokenizer.json)
 * @param licence             licence id as published, e.g. apache-2.0, mit, qwen-research
 * @param source              the publisher's page
 * @param contextLength       tokens the model was trained for (embedding: max input tokens)
 * @param chatTemplate        chat template family; the GGUF's own template is used at run time
 * @param recommendedThreads  threads for llama.cpp on the intended hardware
 * @param recommendedRamMb    RAM to budget for the process with this model loaded
 * @param hardware            intended hardware, e.g. "kiosk: 4–8 cores, 8 GB RAM"
 * @param languages           languages the publisher states (buki needs de en tr ar uk ru fa pl)
 * @param notes               caveats an operator must read (licence limits, prefixes, split files…)
 */
public record ModelManifest(String id, String task, String title, List<ModelFile> files, String licence,
                            String source, int contextLength, String chatTemplate, int recommendedThreads,
                            int recommendedRamMb, String hardware, List<String> languages, String notes) {
    public ModelManifest {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("model id must be lower-case letters, digits, . _ -: " + id);
        }
        if (!"chat".equals(task) && !"embedding".equals(task)) {
            throw new IllegalArgumentException("model " + id + ": task must be chat or embedding, was " + task);
        }
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("model " + id + " lists no files");
        }
        files = List.copyOf(files);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean checksumsKnown() {
        return files.stream().allMatch(ModelFile::checksumKnown);
    }
}
