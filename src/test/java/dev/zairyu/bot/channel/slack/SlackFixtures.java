package dev.zairyu.bot.channel.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Slack's request bodies from {@code fixtures/slack/} (taken from Slack's Java SDK, see its
 * {@code SOURCES.md}) and the signing vectors in {@code signature-vectors.json}.
 */
final class SlackFixtures {
    static final String ROOT = "fixtures/slack/";
    static final String FROM_TESTS = "from-tests";
    static final String EVENTS_SHAPE = "events-shape";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackFixtures() {
    }

    /** The files of one folder, found by listing it, as paths relative to {@link #ROOT} ("from-tests/app_mention.json"). */
    static List<String> files(String folder) {
        Path dir = resourceDirectory().resolve(folder);
        try (Stream<Path> listing = Files.list(dir)) {
            List<String> files = listing.filter(Files::isRegularFile).map(f -> folder + "/" + f.getFileName())
                    .filter(name -> name.endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no fixtures in " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = SlackFixtures.class.getClassLoader().getResourceAsStream(ROOT + file)) {
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
        return json("signature-vectors.json");
    }

    private static Path resourceDirectory() {
        URL url = SlackFixtures.class.getClassLoader().getResource(ROOT + "SOURCES.md");
        if (url == null) {
            throw new IllegalStateException(ROOT + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
