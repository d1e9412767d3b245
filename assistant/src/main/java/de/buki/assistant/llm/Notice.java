package de.buki.assistant.llm;

/**
 * Why a model call gave no help, for the session's notices and the operator's logs (codes only, never text).
 *
 * @param code   LLM_UNAVAILABLE | LLM_TIMEOUT | LLM_INVALID_OUTPUT | LLM_UNGROUNDED | LLM_OUT_OF_SCOPE |
 *               LLM_PROMISE_REJECTED
 * @param use    understand | answer | translate | extract | open
 */
public record Notice(String code, String use) {
    public static final String UNAVAILABLE = "LLM_UNAVAILABLE";
    public static final String TIMEOUT = "LLM_TIMEOUT";
    public static final String INVALID_OUTPUT = "LLM_INVALID_OUTPUT";
    public static final String UNGROUNDED = "LLM_UNGROUNDED";
    public static final String OUT_OF_SCOPE = "LLM_OUT_OF_SCOPE";
    public static final String PROMISE_REJECTED = "LLM_PROMISE_REJECTED";

    /** Receives notices; the dialogue shows "continuing without the assistant model" where it fits. */
    @FunctionalInterface
    public interface Sink {
        void notice(Notice notice);

        static Sink ignore() {
            return n -> { };
        }
    }
}
