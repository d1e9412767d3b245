package de.buki.assistant.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Answers whatever the page asks (the question's data-path is the dialogue's state.next) until every question is
 * answered, so the tests work with the walking skeleton's consent-only dialogue and with the full one.
 */
final class Dialogue {
    private Dialogue() {
    }

    static void answerUntilDone(Browser browser, Map<String, String> choices, boolean keyboardOnly) {
        String previous = null;
        int sameAgain = 0;
        for (int turn = 0; turn < 80; turn++) {
            browser.waitFor(d -> browser.present("#question-h") || browser.present("#done-review"), "a question or the end");
            if (browser.present("#done-review")) {
                return;
            }
            String path = browser.driver.findElement(By.id("question-h")).getDomAttribute("data-path");
            sameAgain = path.equals(previous) ? sameAgain + 1 : 0;
            if (sameAgain > 2) {
                fail("the dialogue keeps asking " + path + "; last reply: " + lastReply(browser));
            }
            answer(browser, path, choices, keyboardOnly);
            String asked = path;
            browser.waitFor(d -> !browser.present("#chat-log [aria-busy=true]")
                    && (browser.present("#done-review") || browser.present("#question-h")), "reply to " + asked);
            previous = path;
        }
        fail("the dialogue did not finish in 80 turns");
    }

    private static void answer(Browser browser, String path, Map<String, String> choices, boolean keyboardOnly) {
        List<WebElement> quick = browser.all("#answer-area .quick-replies button");
        String choice = choices.get(path);
        if (!quick.isEmpty()) {
            String css = choice != null && browser.present("#answer-area .quick-replies button[data-value='" + choice + "']")
                    ? "#answer-area .quick-replies button[data-value='" + choice + "']" : "#answer-area .quick-replies button";
            if (keyboardOnly) {
                browser.tabTo(css);
                new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            } else {
                browser.driver.findElement(By.cssSelector(css)).click();
            }
            return;
        }
        String text = CitizenAnswers.TURKISH_LUNCH.getOrDefault(path, "weiß ich nicht");
        WebElement input = keyboardOnly ? browser.tabTo("#answer-area input[name=answer]")
                : browser.driver.findElement(By.cssSelector("#answer-area input[name=answer]"));
        input.sendKeys(text, Keys.ENTER);
    }

    private static String lastReply(Browser browser) {
        List<WebElement> replies = browser.all("#chat-log .msg--assistant .msg__text");
        return replies.isEmpty() ? "" : replies.getLast().getText();
    }
}
