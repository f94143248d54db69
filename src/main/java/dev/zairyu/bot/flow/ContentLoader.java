package dev.zairyu.bot.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.zairyu.bot.i18n.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads {@code conversation-flows/} and checks it. Strict on purpose: an unknown field is a typo, and a
 * typo in a flow is a person told the wrong thing, so loading fails with every problem listed.
 */
public final class ContentLoader {
    static final String BOT_FILE = "bot.yaml";
    static final String SOURCES_FILE = "sources.yaml";
    static final String REMINDERS_FILE = "reminders.yaml";
    static final String FAQ_DIR = "faq";
    static final String FAQ_ENTRIES = "entries.yaml";
    static final String FAQ_CONCEPTS = "concepts.yaml";
    static final String MESSAGES_DIR = "messages";
    private static final Set<String> NOT_FLOWS = Set.of(BOT_FILE, SOURCES_FILE, REMINDERS_FILE);

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final java.util.function.Function<ReminderSchedule, Map<String, ActionSpec>> actions;

    /**
     * @param actions the named actions the engine knows (given the reminder schedule, whose kinds are
     *                flags), to check the flows' {@code action:} and {@code when:}
     */
    public ContentLoader(java.util.function.Function<ReminderSchedule, Map<String, ActionSpec>> actions) {
        this.actions = actions;
    }

    record BotFile(String default_flow, String menu_flow, String reminder_flow, List<String> keep_on_restart,
                   Map<String, List<String>> commands) {
    }

    record RemindersFile(String send_at, Map<String, List<ReminderEntry>> schedules) {
    }

    record ReminderEntry(String kind, String date, Integer days_before) {
    }

    record SourcesFile(Map<String, Source> sources) {
    }

    record MessagesFile(String language, String name, String locale, String reviewed, Map<String, String> messages) {
    }

    record FlowFile(String flow, String start, List<String> triggers, LinkedHashMap<String, Step> steps) {
    }

    record FaqEntriesFile(Map<String, FaqEntryFile> entries) {
    }

    record FaqEntryFile(List<String> sources, List<String> facts, String reviewed) {
    }

    record FaqLanguageFile(String language, String reviewed, Map<String, Faq.Text> entries, List<String> not_ours) {
    }

    record ConceptsFile(Map<String, List<String>> concepts) {
    }

    public Content load(Path root) throws ContentException {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new ContentException(List.of(root + ": not a directory"));
        }
        BotFile bot = read(root.resolve(BOT_FILE), BotFile.class, problems);
        SourcesFile sourcesFile = read(root.resolve(SOURCES_FILE), SourcesFile.class, problems);
        RemindersFile remindersFile = read(root.resolve(REMINDERS_FILE), RemindersFile.class, problems);
        Map<String, Catalog.Language> languages = readCatalogs(root.resolve(MESSAGES_DIR), problems);
        Map<String, Flow> flows = readFlows(root, problems);
        Faq faq = readFaq(root.resolve(FAQ_DIR), problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        if (!languages.containsKey(Catalog.FALLBACK)) {
            throw new ContentException(List.of(MESSAGES_DIR + "/" + Catalog.FALLBACK + ".yaml: missing (English is every message's fallback)"));
        }
        Map<String, Source> sources = new TreeMap<>();
        if (sourcesFile != null && sourcesFile.sources() != null) {
            sourcesFile.sources().forEach((id, s) -> sources.put(id, new Source(id, s.title(), s.url(), s.facts())));
        }
        Content content = new Content(flows, bot.default_flow(), bot.menu_flow(), bot.reminder_flow(),
                bot.keep_on_restart() == null ? List.of() : bot.keep_on_restart(),
                bot.commands() == null ? Map.of() : bot.commands(), sources, new Catalog(languages),
                reminderSchedule(remindersFile, problems), faq);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        problems.addAll(new FlowValidator(content, actions.apply(content.reminders())).validate());
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return content;
    }

    /** The FAQ is optional: without {@code faq/}, free questions are simply not answered. */
    private Faq readFaq(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            return Faq.none();
        }
        FaqEntriesFile entriesFile = read(dir.resolve(FAQ_ENTRIES), FaqEntriesFile.class, problems);
        if (entriesFile == null || entriesFile.entries() == null) {
            return Faq.none();
        }
        Map<String, Map<String, Faq.Text>> texts = new TreeMap<>();
        Map<String, List<String>> notOurs = new TreeMap<>();
        for (Path file : yamlFiles(dir, problems)) {
            String name = file.getFileName().toString();
            if (name.equals(FAQ_ENTRIES) || name.startsWith("concepts")) {
                continue;
            }
            FaqLanguageFile language = read(file, FaqLanguageFile.class, problems);
            if (language == null) {
                continue;
            }
            if (!baseName(file).equals(language.language())) {
                problems.add(FAQ_DIR + "/" + name + ": 'language: " + language.language() + "' does not match the file name");
                continue;
            }
            if (language.not_ours() != null) {
                notOurs.put(language.language(), language.not_ours());
            }
            if (language.entries() != null) {
                language.entries().forEach((id, text) -> {
                    if (!entriesFile.entries().containsKey(id)) {
                        problems.add(FAQ_DIR + "/" + name + ": entry '" + id + "' is not in " + FAQ_ENTRIES);
                    } else {
                        texts.computeIfAbsent(id, k -> new TreeMap<>()).put(language.language(), text);
                    }
                });
            }
        }
        Map<String, Faq.Entry> entries = new TreeMap<>();
        entriesFile.entries().forEach((id, e) -> entries.put(id, new Faq.Entry(id,
                e.sources() == null ? List.of() : e.sources(), e.facts() == null ? List.of() : e.facts(), e.reviewed(),
                texts.getOrDefault(id, Map.of()))));
        // concepts.yaml, and concepts-<language>.yaml files adding each language's words to the same groups.
        Map<String, List<String>> concepts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("concepts(-.+)?\\.yaml")).sorted().toList()) {
                ConceptsFile read = read(file, ConceptsFile.class, problems);
                if (read != null && read.concepts() != null) {
                    read.concepts().forEach((id, phrases) -> concepts.computeIfAbsent(id, k -> new ArrayList<>()).addAll(phrases));
                }
            }
        } catch (IOException e) {
            problems.add(FAQ_DIR + "/: cannot be listed: " + e.getMessage());
        }
        return new Faq(entries, concepts, notOurs);
    }

    private static ReminderSchedule reminderSchedule(RemindersFile file, List<String> problems) {
        if (file == null) {
            return ReminderSchedule.none();
        }
        java.time.LocalTime sendAt;
        try {
            sendAt = java.time.LocalTime.parse(file.send_at() == null ? "09:00" : file.send_at());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(REMINDERS_FILE + ": send_at '" + file.send_at() + "' is not a time such as 09:00");
            return ReminderSchedule.none();
        }
        Map<String, List<ReminderSchedule.Entry>> schedules = new TreeMap<>();
        if (file.schedules() != null) {
            file.schedules().forEach((name, entries) -> schedules.put(name, entries.stream()
                    .map(e -> new ReminderSchedule.Entry(e.kind(), e.date(), e.days_before() == null ? 0 : e.days_before()))
                    .toList()));
        }
        return new ReminderSchedule(sendAt, schedules);
    }

    private Map<String, Catalog.Language> readCatalogs(Path dir, List<String> problems) {
        Map<String, Catalog.Language> languages = new TreeMap<>();
        for (Path file : yamlFiles(dir, problems)) {
            MessagesFile m = read(file, MessagesFile.class, problems);
            if (m == null) {
                continue;
            }
            String code = baseName(file);
            if (!code.equals(m.language())) {
                problems.add(MESSAGES_DIR + "/" + file.getFileName() + ": 'language: " + m.language()
                        + "' does not match the file name");
                continue;
            }
            languages.put(code, new Catalog.Language(code, m.name(), m.locale() == null ? code : m.locale(),
                    m.reviewed(), m.messages() == null ? Map.of() : m.messages()));
        }
        return languages;
    }

    private Map<String, Flow> readFlows(Path root, List<String> problems) {
        Map<String, Flow> flows = new TreeMap<>();
        for (Path file : yamlFiles(root, problems)) {
            String name = file.getFileName().toString();
            if (NOT_FLOWS.contains(name)) {
                continue;
            }
            FlowFile f = read(file, FlowFile.class, problems);
            if (f == null) {
                continue;
            }
            if (!baseName(file).equals(f.flow())) {
                problems.add(name + ": 'flow: " + f.flow() + "' does not match the file name");
                continue;
            }
            Map<String, Step> steps = new LinkedHashMap<>();
            if (f.steps() != null) {
                f.steps().forEach((id, step) -> steps.put(id, step == null ? null : step.withId(id)));
            }
            flows.put(f.flow(), new Flow(f.flow(), name, f.start(), f.triggers(), steps));
        }
        return flows;
    }

    private <T> T read(Path file, Class<T> type, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file.getFileName() + ": missing");
            return null;
        }
        try {
            T value = yaml.readValue(Files.readAllBytes(file), type);
            if (value == null) {
                problems.add(file.getFileName() + ": empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            problems.add(file.getFileName() + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return null;
        } catch (IOException e) {
            problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static List<Path> yamlFiles(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir.getFileName() + "/: missing");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(dir.getFileName() + "/: cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
