package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.i18n.Catalog;
import java.util.Locale;

/** The first language to speak to someone new: what their platform says, when we have that catalog. */
final class Languages {
    private Languages() {
    }

    static String initial(Catalog catalog, String localeHint) {
        if (localeHint == null || localeHint.isBlank()) {
            return Catalog.FALLBACK;
        }
        String tag = Locale.forLanguageTag(localeHint.replace('_', '-')).toLanguageTag();
        if (catalog.languages().contains(tag)) {
            return tag;
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return catalog.languages().contains(language) ? language : Catalog.FALLBACK;
    }
}
