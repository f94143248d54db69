package dev.zairyu.bot.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;

/**
 * The text analysis for each language, as the field's search tools do it: Kuromoji morphology for
 * Japanese, SmartCN word segmentation for simplified Chinese, character bigrams for traditional Chinese
 * and Korean, Thai word breaking, character n-grams for Burmese (written without spaces), and stemming
 * analyzers for the Latin-script languages. Vietnamese and Filipino keep each word with and without
 * diacritics, because many people type without them.
 */
final class FaqAnalyzers {
    private FaqAnalyzers() {
    }

    static Map<String, Analyzer> forLanguages(Iterable<String> languages) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (String language : languages) {
            analyzers.put(language, forLanguage(language));
        }
        return analyzers;
    }

    static Analyzer forLanguage(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "ja", "ja-easy" -> new JapaneseAnalyzer();
            case "zh-Hans" -> new SmartChineseAnalyzer();
            case "zh-Hant", "ko" -> new CJKAnalyzer();
            case "th" -> new ThaiAnalyzer();
            case "id" -> new IndonesianAnalyzer();
            case "pt-BR" -> new PortugueseAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "my" -> new NGramAnalyzer();
            default -> new FoldingAnalyzer();
        };
    }

    /** Words, lower-cased, each also without its diacritics. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer), true);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /** Overlapping pairs and triples of characters, for scripts written without spaces between words. */
    static final class NGramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new NGramTokenizer(2, 3);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    }

    static void closeAll(Map<String, Analyzer> analyzers) {
        analyzers.values().forEach(Analyzer::close);
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
