package org.maillage.web.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text goes through MessageFormat, where a lone apostrophe opens a quote and vanishes ("jusquà", "lont"), and
 * where, inside a choice whose branch holds an argument, the branch is read twice (so "l''''ont" is needed there).
 * Each text is formatted as the site does, with 0, 1 and 5 for every argument (each branch of a choice is reached), and
 * no two words the source joins by an apostrophe may come out glued together ("lont").
 */
class ApostrophesTest {

    // a word, one or more apostrophes, a word: "jusqu''à", "l''''ont", "person's"
    private static final Pattern JOINED = Pattern.compile("(\\p{L}+)'+(\\p{L}+)");
    private static final Object[][] ARGUMENTS = {filled(0), filled(1), filled(5)};

    @Test
    void noFrenchTextLosesAnApostrophe() {
        assertThat(lost(Language.FR)).isEmpty();
    }

    @Test
    void noEnglishTextLosesAnApostrophe() {
        assertThat(lost(Language.EN)).isEmpty();
    }

    private static List<String> lost(Language language) {
        Texts texts = Texts.of(language);
        List<String> lost = new ArrayList<>();
        for (String key : texts.bundle().keySet()) {
            String source = texts.bundle().getString(key);
            for (Object[] args : ARGUMENTS) {
                String out = texts.get(key, args);
                Matcher m = JOINED.matcher(source);
                while (m.find()) {
                    // the glued word may be a word of its own ("institution''s" and "institutions"): more of it than the source has
                    Pattern glued = Pattern.compile("(?<!\\p{L})" + Pattern.quote(m.group(1) + m.group(2)) + "(?!\\p{L})");
                    if (glued.matcher(out).results().count() > glued.matcher(source).results().count()) {
                        lost.add(key + ": " + out);
                    }
                }
                // an apostrophe that opened a quote before an argument leaves the argument unformatted
                if (out.matches("(?s).*\\{\\d.*")) {
                    lost.add(key + ": " + out);
                }
            }
        }
        return lost.stream().distinct().sorted().toList();
    }

    private static Object[] filled(int n) {
        Object[] args = new Object[10];
        java.util.Arrays.fill(args, n);
        return args;
    }
}
