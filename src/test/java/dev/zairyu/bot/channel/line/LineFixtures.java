package dev.zairyu.bot.channel.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * LINE's webhook bodies from {@code fixtures/line/} (copied byte for byte from the LINE SDK) and the
 * signatures pinned for them in {@code signature-vectors.json}.
 */
final class LineFixtures {
    static final String ROOT = "fixtures/line/";
    static final String VECTORS = "signature-vectors.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first letter inside a JSON string value: after a colon and an opening quote, before the closing one. */
    private static final Pattern STRING_VALUE_LETTER = Pattern.compile(":\\s*\"[^\"\\\\]*?([A-Za-z])");

    private LineFixtures() {
    }

    /** Every webhook body, found by listing the folders, as paths relative to {@link #ROOT}. */
    static List<String> bodyFiles() {
        Path root = resourceDirectory();
        List<String> files = new ArrayList<>();
        for (Path dir : List.of(root, root.resolve("callback"))) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .filter(name -> name.endsWith(".json") && !name.equals(VECTORS))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(null);
        return files;
    }

    static byte[] bytes(String file) {
        try (InputStream in = LineFixtures.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String file) {
        try {
            return JSON.readTree(bytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode vectors() {
        return json(VECTORS);
    }

    /** The signatures computed for each body file ({@code derived_not_upstream}), by file. */
    static Map<String, String> derivedSignatures() {
        Map<String, String> signatures = new TreeMap<>();
        vectors().at("/derived_not_upstream/signatures").properties()
                .forEach(entry -> signatures.put(entry.getKey(), entry.getValue().asText()));
        return signatures;
    }

    /** The {@code upstream_pinned} entries, each with either an inline {@code body} or a {@code body_file}. */
    static List<JsonNode> upstreamPinned() {
        List<JsonNode> entries = new ArrayList<>();
        vectors().get("upstream_pinned").forEach(entries::add);
        return entries;
    }

    /**
     * The events the bot must answer: a person in a one-to-one chat who wrote text, added the bot or tapped
     * a button, in an event that carries a reply token and is not in standby mode (another channel answers then).
     */
    static List<JsonNode> answerableEvents(JsonNode body) {
        List<JsonNode> answerable = new ArrayList<>();
        for (JsonNode event : body.path("events")) {
            JsonNode source = event.path("source");
            boolean oneToOne = source.path("type").asText().equals("user") && !source.path("userId").asText().isBlank();
            boolean replyable = !event.path("replyToken").asText().isBlank() && !event.path("mode").asText().equals("standby");
            String type = event.path("type").asText();
            boolean spoke = type.equals("follow")
                    || type.equals("message") && event.path("message").path("type").asText().equals("text")
                    || type.equals("postback") && event.path("postback").path("data").isTextual();
            if (oneToOne && replyable && spoke) {
                answerable.add(event);
            }
        }
        return answerable;
    }

    /** Every userId named anywhere in the body's event sources, in order. */
    static Set<String> userIds(JsonNode body) {
        Set<String> users = new LinkedHashSet<>();
        for (JsonNode event : body.path("events")) {
            String user = event.path("source").path("userId").asText();
            if (!user.isBlank()) {
                users.add(user);
            }
        }
        return users;
    }

    /**
     * The body with one ASCII letter inside its first string value changed to another letter: still valid
     * UTF-8 and valid JSON, so only the signature can tell it apart.
     */
    static byte[] withOneLetterFlipped(byte[] body) {
        // ISO-8859-1 maps each byte to one char, so string indexes are byte indexes and ASCII stays ASCII.
        Matcher letter = STRING_VALUE_LETTER.matcher(new String(body, StandardCharsets.ISO_8859_1));
        if (!letter.find()) {
            throw new IllegalArgumentException("no ASCII letter inside a string value");
        }
        int at = letter.start(1);
        byte[] flipped = body.clone();
        char c = (char) body[at];
        flipped[at] = (byte) (c == 'z' || c == 'Z' ? c - 1 : c + 1);
        return flipped;
    }

    private static Path resourceDirectory() {
        try {
            return Path.of(LineFixtures.class.getClassLoader().getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
