package dev.zairyu.bot.flow;

import java.util.List;

/** The content has defects; each problem names its file, flow and step. */
public final class ContentException extends Exception {
    private final List<String> problems;

    public ContentException(List<String> problems) {
        super(problems.size() + " problem(s) in conversation-flows/: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
