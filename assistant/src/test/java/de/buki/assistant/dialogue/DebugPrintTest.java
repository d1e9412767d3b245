package de.buki.assistant.dialogue;

import org.junit.jupiter.api.Test;

class DebugPrintTest {
    @Test
    void print() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", null);
        chat.say("Evet, kabul ediyorum");
        chat.say("neden?");
        chat.say("Ayşe");
        chat.say("geri");
        chat.say("Ayşe");
        chat.say("Yılmaz");
        chat.say("3 Mart 1988");
        chat.say("atla");
        chat.say("biriyle konuşmak istiyorum");
        chat.say("ayse@example.org");
        chat.say("Lindenallee 3, 26122 Oldenburg");
        chat.say("Elif");
        chat.say("Yılmaz");
        chat.say("2016");
        chat.say("4.3.2016");
        chat.say("hayır, çocuğum 2015'te doğdu");
        chat.say("04.03.2015");
        chat.say("English");
        chat.say("school");
        for (int i = 0; i < chat.replies.size(); i++) {
            System.out.println("[" + i + "] " + chat.replies.get(i).replace("\n", "\n     "));
        }
        System.out.println(chat.last.state());
    }
}
