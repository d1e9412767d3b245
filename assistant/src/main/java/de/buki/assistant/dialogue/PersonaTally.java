package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** What one persona conversation (or all of them, added up) came to: the figures {@link PersonaBench} prints. */
final class PersonaTally {
    int conversations;
    int completedCount;
    boolean completed;
    int turns;
    int turnsCompleted;
    int reasks;
    int questionFaults;
    int right;
    int wrong;
    int missing;
    int languageChecked;
    int languageRight;
    final List<String> problems = new ArrayList<>();

    void add(PersonaTally one) {
        conversations++;
        completedCount += one.completed ? 1 : 0;
        turns += one.turns;
        turnsCompleted += one.completed ? one.turns : 0;
        reasks += one.reasks;
        questionFaults += one.questionFaults;
        right += one.right;
        wrong += one.wrong;
        missing += one.missing;
        languageChecked += one.languageChecked;
        languageRight += one.languageRight;
    }

    String line(String name) {
        String done = conversations == 0 ? (completed ? "complete  " : "INCOMPLETE")
                : "completed " + completedCount + "/" + conversations;
        double perConversation = conversations == 0 ? turns : (double) turns / conversations;
        return String.format("%-44s %s  turns %5.1f  re-asks %3d  fields right %3d wrong %3d missing %3d"
                        + "  questions-taken-as-answers %d  language %d/%d",
                name, done, perConversation, reasks, right, wrong, missing, questionFaults, languageRight, languageChecked);
    }

    ObjectNode summary(int personas) {
        ObjectNode s = new ObjectMapper().createObjectNode();
        s.put("personas", personas);
        s.put("completed", completedCount);
        s.put("turnsPerConversation", personas == 0 ? 0 : Math.round(10.0 * turns / personas) / 10.0);
        s.put("turnsPerCompleted", completedCount == 0 ? 0 : Math.round(10.0 * turnsCompleted / completedCount) / 10.0);
        s.put("reasks", reasks);
        s.put("fieldsRight", right);
        s.put("fieldsWrong", wrong);
        s.put("fieldsMissing", missing);
        s.put("fieldAccuracy", right + wrong + missing == 0 ? 0 : Math.round(1000.0 * right / (right + wrong + missing)) / 1000.0);
        s.put("questionsTakenAsAnswers", questionFaults);
        s.put("languageRight", languageRight);
        s.put("languageChecked", languageChecked);
        return s;
    }
}
