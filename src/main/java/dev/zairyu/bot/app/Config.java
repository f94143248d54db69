package dev.zairyu.bot.app;

import dev.zairyu.bot.reminder.QuietHours;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting, read once from the environment at start. A bad value stops start-up with one line
 * naming the variable and what it expects; nothing else in the code reads the environment.
 */
public record Config(
        int port,
        String databaseUrl,
        Optional<Line> line,
        URI lineApiBaseUrl,
        Optional<Slack> slack,
        URI slackApiBaseUrl,
        Optional<String> adminToken,
        Optional<LocalDate> botToday,
        boolean webChatEnabled,
        Optional<Path> contentDir,
        QuietHours reminderHours,
        double linePushRateLimit,
        LogFormat logFormat) {

    public enum LogFormat { PLAIN, JSON }

    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/zairyu-bot";

    public record Line(String channelSecret, String channelAccessToken) {
        @Override
        public String toString() {
            return "Line[secrets hidden]";
        }
    }

    public record Slack(String signingSecret, String botToken) {
        @Override
        public String toString() {
            return "Slack[secrets hidden]";
        }
    }

    public static Config fromEnvironment() throws ConfigException {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) throws ConfigException {
        Reader r = new Reader(env);
        return new Config(
                r.port("PORT", 8080),
                r.databaseUrl("DATABASE_URL", DEFAULT_DATABASE_URL),
                r.pair("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN").map(p -> new Line(p[0], p[1])),
                r.url("LINE_API_BASE_URL", "https://api.line.me"),
                r.pair("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN").map(p -> new Slack(p[0], p[1])),
                r.url("SLACK_API_BASE_URL", "https://slack.com/api/"),
                r.optional("ADMIN_TOKEN"),
                r.date("BOT_TODAY"),
                r.bool("WEB_CHAT_ENABLED", true),
                r.directory("CONTENT_DIR"),
                r.hours("REMINDER_HOURS", QuietHours.DEFAULT),
                r.positive("LINE_PUSH_RATE_LIMIT", 2000),
                r.logFormat("LOG_FORMAT"));
    }

    /** Reads and checks one variable at a time, so the first bad one is the one reported. */
    private record Reader(Map<String, String> env) {
        Optional<String> optional(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        int port(String name, int fallback) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.get());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigException(name + " must be a port number from 0 to 65535, got '" + value.get() + "'");
        }

        String databaseUrl(String name, String fallback) throws ConfigException {
            String value = optional(name).orElse(fallback);
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:postgresql:")
                    || lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
                return value;
            }
            throw new ConfigException(name + " must start with jdbc:h2:, jdbc:postgresql: or postgres://, got '"
                    + value.replaceAll("//[^@/]*@", "//***@") + "'");
        }

        Optional<String[]> pair(String first, String second) throws ConfigException {
            Optional<String> a = optional(first);
            Optional<String> b = optional(second);
            if (a.isPresent() != b.isPresent()) {
                String missing = a.isPresent() ? second : first;
                String present = a.isPresent() ? first : second;
                throw new ConfigException(missing + " must be set when " + present + " is set (or unset both to turn the channel off)");
            }
            return a.map(value -> new String[] {value, b.get()});
        }

        URI url(String name, String fallback) throws ConfigException {
            String value = optional(name).orElse(fallback);
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new ConfigException(name + " must be an http(s) URL such as " + fallback + ", got '" + value + "'");
        }

        Optional<LocalDate> date(String name) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value.get()));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name + " must be a date as YYYY-MM-DD, got '" + value.get() + "'");
            }
        }

        boolean bool(String name, boolean fallback) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallback;
            }
            return switch (value.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new ConfigException(name + " must be true or false, got '" + value.get() + "'");
            };
        }

        QuietHours hours(String name, QuietHours fallback) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return QuietHours.parse(value.get(), fallback.zone());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name + " must be the sending hours in Japan as HH:MM-HH:MM, start before end, such as "
                        + fallback + ", got '" + value.get() + "'");
            }
        }

        LogFormat logFormat(String name) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty() || value.get().equalsIgnoreCase("plain") || value.get().equalsIgnoreCase("text")) {
                return LogFormat.PLAIN;
            }
            if (value.get().equalsIgnoreCase("json")) {
                return LogFormat.JSON;
            }
            throw new ConfigException(name + " must be json or plain, got '" + value.get() + "'");
        }

        double positive(String name, double fallback) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                double number = Double.parseDouble(value.get());
                if (number > 0 && Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigException(name + " must be a positive number (requests per second), got '" + value.get() + "'");
        }

        Optional<Path> directory(String name) throws ConfigException {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            Path path = Path.of(value.get());
            if (!Files.isDirectory(path)) {
                throw new ConfigException(name + " must be an existing directory, got '" + value.get() + "'");
            }
            return Optional.of(path);
        }
    }
}
