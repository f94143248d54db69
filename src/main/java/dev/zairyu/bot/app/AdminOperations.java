package dev.zairyu.bot.app;

import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.flow.Content;
import dev.zairyu.bot.flow.ContentException;
import dev.zairyu.bot.flow.MermaidDiagram;
import dev.zairyu.bot.web.Admin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code /admin/*} acts on: content reload, figures, one person's data, the flows' diagrams. */
final class AdminOperations implements Admin.Operations {
    private static final Logger log = LoggerFactory.getLogger(AdminOperations.class);

    private final Supplier<Parts> parts;
    private final Path contentRoot;
    private final Clock clock;

    AdminOperations(Supplier<Parts> parts, Path contentRoot, Clock clock) {
        this.parts = parts;
        this.contentRoot = contentRoot;
        this.clock = clock;
    }

    @Override
    public List<String> reloadContent() {
        try {
            parts.get().engine().set(Bot.engine(contentRoot));
            log.info("conversation-flows/ reloaded");
            return List.of();
        } catch (ContentException e) {
            log.warn("conversation-flows/ not reloaded: {} problem(s)", e.problems().size());
            return e.problems();
        }
    }

    @Override
    public Map<String, ?> stats() {
        Parts p = parts.get();
        Content content = p.engine().get().content();
        return Map.of(
                "inboxBacklog", p.inbox().backlog(),
                "outboxBacklog", p.outbox().backlog(),
                "reminders", p.reminderStore().stats(YearMonth.now(clock.withZone(ConversationService.JAPAN))),
                "languages", content.catalog().languages(),
                "flows", content.flows().keySet(),
                "faqEntries", content.faq().entries().size());
    }

    @Override
    public Map<String, ?> export(String channel, String id) {
        return parts.get().userData().export(user(channel, id));
    }

    @Override
    public void erase(String channel, String id) {
        parts.get().conversations().store().withUser(user(channel, id), session -> {
            session.forget();
            return null;
        });
    }

    @Override
    public List<String> diagrams() {
        Content content = parts.get().engine().get().content();
        return content.flows().values().stream().map(flow -> MermaidDiagram.of(content, flow)).toList();
    }

    private static UserRef user(String channel, String id) {
        return new UserRef(Channel.valueOf(channel.toUpperCase(Locale.ROOT)), id);
    }
}
