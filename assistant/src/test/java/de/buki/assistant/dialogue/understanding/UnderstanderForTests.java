package de.buki.assistant.dialogue.understanding;

import de.buki.forms.FormCatalog;

import java.time.Clock;

/**
 * The real Understander over another form catalog (a test form folder), built as {@link Understander#standard()}
 * builds it. Lives in the understanding package because that constructor is package-private.
 */
public final class UnderstanderForTests {
    private UnderstanderForTests() {
    }

    public static Understander over(FormCatalog forms) {
        return new Understander(Lexicon.fromClasspath(), new FormPlans(forms).orElse(new PathConventions()),
                Clock.systemDefaultZone());
    }
}
