package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.i18n.Catalog;
import java.util.Locale;
import java.util.Set;

/**
 * The first language to speak to someone new: what their platform says (LINE profile, Slack locale,
 * the browser's Accept-Language), mapped to the closest catalog we have; otherwise English.
 */
final class Languages {
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private Languages() {
    }

    static String initial(Catalog catalog, String hint) {
        if (hint == null || hint.isBlank()) {
            return Catalog.FALLBACK;
        }
        Locale locale = Locale.forLanguageTag(hint.strip().replace('_', '-'));
        String language = locale.getLanguage();
        String candidate = switch (language) {
            case "zh" -> "Hant".equals(locale.getScript()) || TRADITIONAL_REGIONS.contains(locale.getCountry()) ? "zh-Hant" : "zh-Hans";
            case "pt" -> "pt-BR";
            case "tl", "fil" -> "fil";
            case "in" -> "id";
            default -> language;
        };
        return catalog.languages().contains(candidate) ? candidate : Catalog.FALLBACK;
    }
}
