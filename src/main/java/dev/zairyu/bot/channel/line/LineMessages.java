package dev.zairyu.bot.channel.line;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.DatetimePickerAction;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import dev.zairyu.bot.domain.OutboundMessage;
import java.util.ArrayList;
import java.util.List;

/** Renders channel-free messages as LINE messages: choices become quick replies, dates a date picker. */
final class LineMessages {
    /** LINE takes at most 5 messages per reply or push. */
    static final int MAX_MESSAGES = 5;
    /** LINE's limit for one text message. */
    static final int MAX_TEXT = 5000;
    /** LINE's limit for quick reply items. */
    static final int MAX_QUICK_REPLIES = 13;

    private LineMessages() {
    }

    static List<Message> render(List<OutboundMessage> messages) {
        List<Message> rendered = new ArrayList<>();
        for (OutboundMessage message : fitToLimit(messages)) {
            rendered.add(new TextMessage(quickReply(message), null, truncate(message.text()), null, null));
        }
        return rendered;
    }

    /**
     * Joins the earliest plain-text bubbles when a turn says more than LINE takes at once, so nothing
     * is dropped; bubbles with buttons keep their own place.
     */
    static List<OutboundMessage> fitToLimit(List<OutboundMessage> messages) {
        List<OutboundMessage> fitted = new ArrayList<>(messages);
        while (fitted.size() > MAX_MESSAGES) {
            int first = 0;
            while (first < fitted.size() - 1 && fitted.get(first).hasInteraction()) {
                first++;
            }
            OutboundMessage a = fitted.get(first);
            OutboundMessage b = fitted.get(first + 1);
            fitted.set(first, new OutboundMessage(a.text() + "\n\n" + b.text(), b.choices(), b.dateRequest()));
            fitted.remove(first + 1);
        }
        return fitted;
    }

    private static QuickReply quickReply(OutboundMessage message) {
        if (!message.hasInteraction()) {
            return null;
        }
        List<QuickReplyItem> items = new ArrayList<>();
        if (message.dateRequest() != null) {
            OutboundMessage.DateRequest date = message.dateRequest();
            items.add(new QuickReplyItem(new DatetimePickerAction(date.label(), date.data(), DatetimePickerAction.Mode.DATE,
                    iso(date.initial()), iso(date.max()), iso(date.min()))));
        }
        for (OutboundMessage.Choice choice : message.choices()) {
            if (items.size() == MAX_QUICK_REPLIES) {
                break;
            }
            Action action = new PostbackAction(choice.label(), choice.data(), choice.label(), null, null, null);
            items.add(new QuickReplyItem(action));
        }
        return new QuickReply(items);
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** LINE counts UTF-16 units; the cut never splits a surrogate pair (an emoji). */
    static String truncate(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
