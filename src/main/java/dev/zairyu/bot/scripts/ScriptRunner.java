package dev.zairyu.bot.scripts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.i18n.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Plays the scripted conversations against the engine, without HTTP, and reports every mismatch. */
public final class ScriptRunner {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Scripts are LINE conversations unless they say otherwise ({@code channel: web}). */
    private static final UserRef LINE_USER = new UserRef(Channel.LINE, "script");

    private final Engine engine;
    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ScriptRunner(Engine engine) {
        this.engine = engine;
    }

    public record Result(Path file, String name, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public List<Result> runAll(Path testsDir) throws IOException {
        List<Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(testsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                results.add(run(file));
            }
        }
        return results;
    }

    public Result run(Path file) {
        ConversationScript script;
        try {
            script = yaml.readValue(Files.readAllBytes(file), ConversationScript.class);
        } catch (IOException e) {
            return new Result(file, file.getFileName().toString(), List.of("cannot be read: " + e.getMessage()));
        }
        return new Result(file, script.name(), play(script));
    }

    public List<String> play(ConversationScript script) {
        List<String> failures = new ArrayList<>();
        if (script.today() == null) {
            return List.of("'today' is required so the script does not depend on the day it runs");
        }
        ZonedDateTime now = script.today().atTime(LocalTime.of(10, 0)).atZone(JAPAN);
        UserRef user = script.channel() == null ? LINE_USER
                : new UserRef(Channel.valueOf(script.channel().toUpperCase(java.util.Locale.ROOT)), "script");
        ConversationState state = ConversationState.fresh(script.language() == null ? Catalog.FALLBACK : script.language());
        List<OutboundMessage> last = List.of();
        int n = 0;
        for (ConversationScript.Turn turn : script.turns()) {
            n++;
            InboundEvent.Payload payload = payload(turn, last);
            if (payload == null) {
                failures.add("turn " + n + " (" + turn.describe() + "): no such choice in the last answer; choices were "
                        + choices(last));
                break;
            }
            InboundEvent event = new InboundEvent("script-" + n, user, now.toInstant(), null, null, payload);
            Transition transition = engine.step(state, event, now);
            state = transition.state();
            last = transition.messages();
            String answer = last.stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
            for (String expected : turn.expect()) {
                if (!answer.contains(expected)) {
                    failures.add("turn " + n + " (" + turn.describe() + "): expected \"" + expected + "\" in: " + answer);
                }
            }
            for (String unexpected : turn.expectNot()) {
                if (answer.contains(unexpected)) {
                    failures.add("turn " + n + " (" + turn.describe() + "): did not expect \"" + unexpected + "\" in: " + answer);
                }
            }
        }
        return failures;
    }

    private static InboundEvent.Payload payload(ConversationScript.Turn turn, List<OutboundMessage> last) {
        if (Boolean.TRUE.equals(turn.follow())) {
            return new InboundEvent.Follow();
        }
        if (turn.say() != null) {
            return new InboundEvent.Text(turn.say());
        }
        if (turn.pick() != null) {
            OutboundMessage.DateRequest request = last.isEmpty() ? null : last.get(last.size() - 1).dateRequest();
            return request == null ? null : new InboundEvent.Postback(request.data(), turn.pick());
        }
        if (turn.tap() != null && !last.isEmpty()) {
            for (OutboundMessage.Choice choice : last.get(last.size() - 1).choices()) {
                if (choice.label().equals(turn.tap()) || choice.data().endsWith("|" + turn.tap())) {
                    return new InboundEvent.Postback(choice.data(), null);
                }
            }
        }
        return null;
    }

    private static String choices(List<OutboundMessage> last) {
        return last.isEmpty() ? "[]" : last.get(last.size() - 1).choices().stream().map(OutboundMessage.Choice::label).toList().toString();
    }
}
