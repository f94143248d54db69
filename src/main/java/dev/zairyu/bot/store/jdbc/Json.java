package dev.zairyu.bot.store.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** How domain values are stored in text columns. The domain stays free of serialisation annotations. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final TypeReference<List<OutboundMessage>> MESSAGES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> SLOTS = new TypeReference<>() { };

    private Json() {
    }

    /** The stored form of an event: flat, with the payload kind spelled out. */
    record StoredEvent(String id, String user, long at, String replyToken, String locale, String kind, String text,
                       String data, LocalDate date) {
    }

    static String event(InboundEvent e) {
        String kind;
        String text = null;
        String data = null;
        LocalDate date = null;
        if (e.payload() instanceof InboundEvent.Text t) {
            kind = "text";
            text = t.text();
        } else if (e.payload() instanceof InboundEvent.Postback p) {
            kind = "postback";
            data = p.data();
            date = p.date();
        } else if (e.payload() instanceof InboundEvent.Follow) {
            kind = "follow";
        } else if (e.payload() instanceof InboundEvent.ReminderDue due) {
            kind = "reminder";
            data = due.kind();
        } else {
            kind = "unfollow";
        }
        return write(new StoredEvent(e.eventId(), e.user().key(), e.at().toEpochMilli(), e.replyToken(), e.localeHint(),
                kind, text, data, date));
    }

    static InboundEvent event(String json) {
        StoredEvent s = read(json, StoredEvent.class);
        InboundEvent.Payload payload = switch (s.kind()) {
            case "text" -> new InboundEvent.Text(s.text());
            case "postback" -> new InboundEvent.Postback(s.data(), s.date());
            case "follow" -> new InboundEvent.Follow();
            case "unfollow" -> new InboundEvent.Unfollow();
            case "reminder" -> new InboundEvent.ReminderDue(s.data());
            default -> throw new IllegalArgumentException("unknown stored event kind " + s.kind());
        };
        return new InboundEvent(s.id(), UserRef.parse(s.user()), Instant.ofEpochMilli(s.at()), s.replyToken(), s.locale(), payload);
    }

    static String messages(List<OutboundMessage> messages) {
        return write(messages);
    }

    static List<OutboundMessage> messages(String json) {
        try {
            return MAPPER.readValue(json, MESSAGES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slots(Map<String, String> slots) {
        return write(slots);
    }

    static Map<String, String> slots(String json) {
        try {
            return MAPPER.readValue(json, SLOTS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
