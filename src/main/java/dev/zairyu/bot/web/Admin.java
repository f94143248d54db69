package dev.zairyu.bot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.zairyu.bot.reminder.ReminderDispatcher;
import dev.zairyu.bot.store.ReminderStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /admin/*}, behind {@code ADMIN_TOKEN} as a Bearer token (compared in constant time). */
public final class Admin {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final byte[] token;
    private final Supplier<ReminderStore> reminders;
    private final Supplier<ReminderDispatcher> dispatcher;
    private final Clock clock;
    private final Operations operations;

    /** What the admin endpoints act on, beyond reminders. */
    public interface Operations {
        /** Loads {@code conversation-flows/} again; the problems when it is refused (the old content stays). */
        List<String> reloadContent();

        Map<String, ?> stats();

        Map<String, ?> export(String channel, String id);

        void erase(String channel, String id);

        /** Each flow as a Mermaid state diagram. */
        List<String> diagrams();
    }
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** @param reminders and {@code dispatcher}: asked for when a request needs them (the server starts before them) */
    public Admin(String token, Supplier<ReminderStore> reminders, Supplier<ReminderDispatcher> dispatcher, Clock clock,
                 Operations operations) {
        this.operations = operations;
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.reminders = reminders;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public List<HttpServer.Route> routes() {
        return List.of(
                new HttpServer.Route(HttpServer.Method.GET, "/admin/reminders", guarded(this::reminderStats)),
                new HttpServer.Route(HttpServer.Method.POST, "/admin/reminders/run", guarded(this::runReminders)),
                new HttpServer.Route(HttpServer.Method.GET, "/admin/stats", guarded(ctx -> json(ctx, operations.stats()))),
                new HttpServer.Route(HttpServer.Method.POST, "/admin/reload", guarded(this::reload)),
                new HttpServer.Route(HttpServer.Method.GET, "/admin/users/{channel}/{id}", guarded(knownChannel(
                        ctx -> json(ctx, operations.export(ctx.pathParam("channel"), ctx.pathParam("id")))))),
                new HttpServer.Route(HttpServer.Method.DELETE, "/admin/users/{channel}/{id}", guarded(knownChannel(ctx -> {
                    operations.erase(ctx.pathParam("channel"), ctx.pathParam("id"));
                    json(ctx, Map.of("erased", true));
                }))),
                new HttpServer.Route(HttpServer.Method.GET, "/admin/flows", guarded(this::flows)));
    }

    private void reload(Context ctx) throws Exception {
        List<String> problems = operations.reloadContent();
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        json(ctx, Map.of("reloaded", problems.isEmpty(), "problems", problems));
    }

    /** The diagrams as a page: Mermaid draws them when the browser can load it, else the source shows. */
    private void flows(Context ctx) {
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>zairyu-bot flows</title>"
                + "<script type=\"module\">import mermaid from 'https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs';"
                + "mermaid.initialize({startOnLoad:true});</script></head><body><h1>Conversation flows</h1>");
        for (String diagram : operations.diagrams()) {
            page.append("<pre class=\"mermaid\">").append(diagram.replace("&", "&amp;").replace("<", "&lt;")).append("</pre>");
        }
        ctx.contentType("text/html; charset=utf-8").result(page.append("</body></html>").toString());
    }

    private void json(Context ctx, Object body) throws Exception {
        ctx.contentType("application/json").result(json.writeValueAsBytes(body));
    }

    /** A channel the bot does not have ({@code /admin/users/fax/1}) is not found, not an error. */
    private static Handler knownChannel(Handler handler) {
        return ctx -> {
            String channel = ctx.pathParam("channel");
            if (java.util.Arrays.stream(dev.zairyu.bot.domain.Channel.values())
                    .noneMatch(c -> c.name().equalsIgnoreCase(channel))) {
                ctx.status(HttpStatus.NOT_FOUND).contentType("application/json").result("{\"error\":\"no such channel\"}");
                return;
            }
            handler.handle(ctx);
        };
    }

    private Handler guarded(Handler handler) {
        return ctx -> {
            String given = ctx.header("Authorization");
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                ctx.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").contentType("application/json")
                        .result("{\"error\":\"admin token required\"}");
                return;
            }
            handler.handle(ctx);
        };
    }

    private void reminderStats(Context ctx) throws Exception {
        ReminderStore.Stats stats = reminders.get().stats(YearMonth.now(clock.withZone(JAPAN)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("byState", stats.byState());
        body.put("scheduledByKind", stats.scheduledByKind());
        body.put("nextDue", stats.nextDue());
        body.put("pushesThisMonth", stats.pushesThisMonth());
        body.put("sendingHours", dispatcher.get().hours().toString());
        ctx.contentType("application/json").result(json.writeValueAsBytes(body));
    }

    private void runReminders(Context ctx) throws Exception {
        int fired = dispatcher.get().runOnce();
        ctx.contentType("application/json").result(json.writeValueAsBytes(Map.of("fired", fired,
                "sendingHoursNow", dispatcher.get().hours().allows(clock.instant()))));
    }
}
