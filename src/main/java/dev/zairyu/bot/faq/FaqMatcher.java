package dev.zairyu.bot.faq;

import dev.zairyu.bot.engine.QuestionMatcher;
import dev.zairyu.bot.flow.Faq;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Matches free questions to FAQ entries with Lucene, per language: every question variant (and title)
 * of every entry is indexed with its language's analyzer; a question is searched among its language's
 * variants (BM25), and the best entries are then judged by how much of the question they account for:
 * the share of the question's words, weighted by how rare they are, that occur in the entry's variants.
 * A question about the weather shares only common words with the FAQ, so it is declined.
 */
public final class FaqMatcher implements QuestionMatcher, AutoCloseable {
    /** Below this share, the bot says it is not sure rather than guess a procedure. */
    static final double CONFIDENT = 0.5;
    private static final int CANDIDATES = 8;
    /** The pseudo-entry of the questions the FAQ must not answer. */
    private static final String NOT_OURS = "\u0000not-ours";

    private final Map<String, Analyzer> analyzers;
    private final Concepts concepts;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    /** The entry of each indexed variant, by document number, read once: the index never changes. */
    private final String[] docEntries;
    /** language → entry → the analyzed words of its variants. */
    private final Map<String, Map<String, Set<String>>> entryTerms = new HashMap<>();
    private final Map<String, Integer> docsPerLanguage = new HashMap<>();
    /** language → entry → the analyzed words of each of its variants. */
    private final Map<String, Map<String, List<Set<String>>>> variantTerms = new HashMap<>();

    /**
     * A matcher whose index is built on another thread once {@code after} completes (the service is up),
     * so start-up neither waits for it nor shares the processor with it: a question asked in the first
     * moment waits for the index instead (a second at most).
     */
    public static QuestionMatcher inBackground(Faq faq, java.util.concurrent.CompletableFuture<?> after,
                                               java.util.concurrent.Executor executor) {
        java.util.concurrent.CompletableFuture<FaqMatcher> building = after.thenApplyAsync(ignored -> new FaqMatcher(faq), executor);
        return (text, language) -> building.join().match(text, language);
    }

    public FaqMatcher(Faq faq) {
        Set<String> languages = new HashSet<>();
        faq.entries().values().forEach(e -> languages.addAll(e.texts().keySet()));
        this.analyzers = FaqAnalyzers.forLanguages(languages);
        this.concepts = new Concepts(faq.concepts());
        Map<String, Analyzer> byField = new HashMap<>();
        analyzers.forEach((language, analyzer) -> byField.put(field(language), analyzer));
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(FaqAnalyzers.forLanguage("en"), byField)))) {
            for (Faq.Entry entry : faq.entries().values()) {
                entry.texts().forEach((language, text) -> {
                    List<String> variants = new ArrayList<>(text.questions());
                    variants.add(text.title());
                    Set<String> terms = entryTerms.computeIfAbsent(language, l -> new HashMap<>())
                            .computeIfAbsent(entry.id(), id -> new HashSet<>());
                    List<Set<String>> perVariant = variantTerms.computeIfAbsent(language, l -> new HashMap<>())
                            .computeIfAbsent(entry.id(), id -> new ArrayList<>());
                    for (String variant : variants) {
                        String rewritten = concepts.rewrite(variant);
                        List<String> words = analyze(language, rewritten);
                        terms.addAll(words);
                        perVariant.add(Set.copyOf(words));
                        Document doc = new Document();
                        doc.add(new StringField("entry", entry.id(), Field.Store.YES));
                        doc.add(new TextField(field(language), rewritten, Field.Store.NO));
                        add(writer, doc);
                        docsPerLanguage.merge(language, 1, Integer::sum);
                    }
                });
            }
            // Questions it must not answer are indexed as one more entry; when it is the closest, the bot declines.
            faq.notOurs().forEach((language, questions) -> {
                if (analyzers.containsKey(language)) {
                    for (String question : questions) {
                        String rewritten = concepts.rewrite(question);
                        List<String> words = analyze(language, rewritten);
                        entryTerms.computeIfAbsent(language, l -> new HashMap<>())
                                .computeIfAbsent(NOT_OURS, id -> new HashSet<>()).addAll(words);
                        variantTerms.computeIfAbsent(language, l -> new HashMap<>())
                                .computeIfAbsent(NOT_OURS, id -> new ArrayList<>()).add(Set.copyOf(words));
                        Document doc = new Document();
                        doc.add(new StringField("entry", NOT_OURS, Field.Store.YES));
                        doc.add(new TextField(field(language), rewritten, Field.Store.NO));
                        add(writer, doc);
                        docsPerLanguage.merge(language, 1, Integer::sum);
                    }
                }
            });
            writer.commit();
            reader = DirectoryReader.open(directory);
            StoredFields stored = reader.storedFields();
            docEntries = new String[reader.maxDoc()];
            for (int doc = 0; doc < docEntries.length; doc++) {
                docEntries[doc] = stored.document(doc).get("entry").intern();
            }
        } catch (IOException e) {
            throw FaqAnalyzers.unchecked(e);
        }
        searcher = new IndexSearcher(reader);
    }

    private static void add(IndexWriter writer, Document doc) {
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw FaqAnalyzers.unchecked(e);
        }
    }

    private static String field(String language) {
        return "q_" + language;
    }

    @Override
    public Match match(String text, String language) {
        String lang = analyzers.containsKey(language) ? language : "en";
        List<String> terms = analyze(lang, concepts.rewrite(text));
        if (terms.isEmpty()) {
            return new Match(null, 0, List.of());
        }
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String term : new HashSet<>(terms)) {
                query.add(new TermQuery(new Term(field(lang), term)), BooleanClause.Occur.SHOULD);
            }
            Map<String, Double> ranked = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(query.build(), 50).scoreDocs) {
                String entry = docEntries[hit.doc];
                ranked.putIfAbsent(entry, (double) hit.score);
                if (ranked.size() == CANDIDATES) {
                    break;
                }
            }
            String best = null;
            double bestCoverage = 0;
            List<String> closest = new ArrayList<>();
            for (String entry : ranked.keySet()) {
                if (entry.equals(NOT_OURS)) {
                    continue;
                }
                double coverage = coverage(lang, entry, terms);
                if (!enoughSpecificWords(lang, entry, terms)) {
                    coverage = Math.min(coverage, CONFIDENT / 2);
                }
                if (coverage > 0) {
                    closest.add(entry);
                }
                if (coverage > bestCoverage) {
                    bestCoverage = coverage;
                    best = entry;
                }
            }
            if (best != null) {
                closest.remove(best);
                closest.add(0, best);
            }
            if (best != null && notOurs(lang, terms, best)) {
                return new Match(null, Math.min(bestCoverage, CONFIDENT / 2), closest.subList(0, Math.min(3, closest.size())));
            }
            return new Match(bestCoverage >= CONFIDENT ? best : null, bestCoverage, closest.subList(0, Math.min(3, closest.size())));
        } catch (IOException e) {
            throw FaqAnalyzers.unchecked(e);
        }
    }

    /**
     * One shared specific word is not enough when the question has others: "what's the weather
     * tomorrow?" shares "tomorrow" with a question about deadlines, and nothing else. A word is specific
     * when few of the language's variants contain it.
     */
    private boolean enoughSpecificWords(String language, String entry, List<String> terms) throws IOException {
        Set<String> known = entryTerms.getOrDefault(language, Map.of()).getOrDefault(entry, Set.of());
        int documents = docsPerLanguage.getOrDefault(language, 1);
        int specific = 0;
        int matched = 0;
        for (String term : new HashSet<>(terms)) {
            if (reader.docFreq(new Term(field(language), term)) <= documents * SPECIFIC_SHARE) {
                specific++;
                if (known.contains(term)) {
                    matched++;
                }
            }
        }
        return matched >= 2 || matched == specific && matched >= 1;
    }

    /**
     * One of the questions the FAQ must not answer is as near to the question as the best entry's nearest variant, or it
     * rests on words that only they use ("weather", "driving licence"): a third of its weight or more.
     */
    private boolean notOurs(String language, List<String> terms, String best) throws IOException {
        Map<String, Set<String>> byEntry = entryTerms.getOrDefault(language, Map.of());
        Set<String> theirs = byEntry.get(NOT_OURS);
        if (theirs == null) {
            return false;
        }
        Map<String, Double> weights = new HashMap<>();
        int documents = docsPerLanguage.getOrDefault(language, 1);
        for (String term : new HashSet<>(terms)) {
            weights.put(term, idf(documents, reader.docFreq(new Term(field(language), term))));
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return false;
        }
        if (nearestVariant(language, NOT_OURS, weights) >= nearestVariant(language, best, weights)) {
            return true;
        }
        double outside = weights.entrySet().stream()
                .filter(w -> theirs.contains(w.getKey()) && byEntry.entrySet().stream()
                        .noneMatch(e -> !e.getKey().equals(NOT_OURS) && e.getValue().contains(w.getKey())))
                .mapToDouble(Map.Entry::getValue).sum();
        return outside / total >= 1.0 / 3;
    }

    /** The largest weighted share of the question that one variant of the entry contains. */
    private double nearestVariant(String language, String entry, Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double nearest = 0;
        for (Set<String> variant : variantTerms.getOrDefault(language, Map.of()).getOrDefault(entry, List.of())) {
            double covered = 0;
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                if (variant.contains(w.getKey())) {
                    covered += w.getValue();
                }
            }
            nearest = Math.max(nearest, covered / total);
        }
        return nearest;
    }

    private static double idf(int documents, int df) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** A word in at most this share of a language's variants is specific to a few topics. */
    static final double SPECIFIC_SHARE = 0.2;

    /** The rarity-weighted share of the question's words that the entry's variants contain. */
    private double coverage(String language, String entry, List<String> terms) throws IOException {
        Set<String> known = entryTerms.getOrDefault(language, Map.of()).getOrDefault(entry, Set.of());
        double total = 0;
        double covered = 0;
        int documents = docsPerLanguage.getOrDefault(language, 1);
        for (String term : new HashSet<>(terms)) {
            double idf = idf(documents, reader.docFreq(new Term(field(language), term)));
            total += idf;
            if (known.contains(term)) {
                covered += idf;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private List<String> analyze(String language, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream(field(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw FaqAnalyzers.unchecked(e);
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        FaqAnalyzers.closeAll(analyzers);
    }
}
