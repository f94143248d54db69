package dev.zairyu.bot.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sentence the bot says, by key and language, written in ICU MessageFormat so translators control
 * plurals, selects and word order. Dates passed as {@link LocalDate} are written in the language's own
 * form (its {@code format.date} pattern, else ICU's medium date with weekday).
 */
public final class Catalog {
    public static final String FALLBACK = "en";
    static final String DATE_PATTERN_KEY = "format.date";

    private final com.github.benmanes.caffeine.cache.Cache<String, String> writtenDates =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();
    private final Map<String, Language> languages;
    /**
     * Parsed patterns, built on first use: parsing is most of the cost of saying something. ICU's
     * MessageFormat and DateFormat are not thread-safe, so each cached instance is used under its lock.
     */
    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, DateFormat> dateFormats = new ConcurrentHashMap<>();

    public Catalog(Map<String, Language> languages) {
        if (!languages.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("the catalog has no '" + FALLBACK + "' messages");
        }
        this.languages = Map.copyOf(languages);
    }

    /** One language's messages. {@code reviewed} is "machine" until a person has checked the translation. */
    public record Language(String code, String name, String locale, String reviewed, Map<String, String> messages) {
        public Language {
            messages = Map.copyOf(messages);
        }
    }

    public Set<String> languages() {
        return new TreeSet<>(languages.keySet());
    }

    public Language language(String code) {
        return languages.get(code);
    }

    public boolean has(String lang, String key) {
        Language language = languages.get(lang);
        return language != null && language.messages().containsKey(key);
    }

    /** Keys present in English and missing in {@code lang}. */
    public Set<String> missingIn(String lang) {
        Set<String> missing = new TreeSet<>(languages.get(FALLBACK).messages().keySet());
        Language language = languages.get(lang);
        if (language != null) {
            missing.removeAll(language.messages().keySet());
        }
        return missing;
    }

    public String render(String lang, String key) {
        return render(lang, key, Map.of());
    }

    /** Renders {@code key} in {@code lang}, falling back to English for a missing language or key. */
    public String render(String lang, String key, Map<String, ?> args) {
        Language language = languages.getOrDefault(lang, languages.get(FALLBACK));
        String pattern = language.messages().get(key);
        if (pattern == null) {
            language = languages.get(FALLBACK);
            pattern = language.messages().get(key);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        Map<String, Object> prepared = new HashMap<>(args.size());
        for (Map.Entry<String, ?> arg : args.entrySet()) {
            Object value = arg.getValue();
            prepared.put(arg.getKey(), value instanceof LocalDate date ? formatDate(language, date) : value);
        }
        Language chosen = language;
        String source = pattern;
        MessageFormat format = formats.computeIfAbsent(chosen.code() + "\u0000" + key,
                k -> new MessageFormat(source, new ULocale(chosen.locale())));
        synchronized (format) {
            return format.format(prepared);
        }
    }

    public String formatDate(String lang, LocalDate date) {
        return formatDate(languages.getOrDefault(lang, languages.get(FALLBACK)), date);
    }

    private String formatDate(Language language, LocalDate date) {
        // Few dates are written (today's windows and deadlines), many times over: each is formatted once.
        return writtenDates.get(language.code() + "\u0000" + date, k -> formatDateNow(language, date));
    }

    private String formatDateNow(Language language, LocalDate date) {
        DateFormat format = dateFormats.computeIfAbsent(language.code(),
                code -> DateFormats.create(new ULocale(language.locale()), language.messages().get(DATE_PATTERN_KEY)));
        synchronized (format) {
            return DateFormats.format(format, date);
        }
    }
}
