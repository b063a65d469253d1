package org.maillage.notification.message;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts label each category in the reader's language from this service's bundles (the labels live in
 * directory-service's database, which no event carries): every category of the directory's migrations has a label in both.
 */
class CategoryLabelsTest {

    private static final Path MIGRATIONS = Path.of("..", "directory-service", "src", "main", "resources", "db", "migration");
    private static final Pattern ROW = Pattern.compile("\\('(\\d{8})', (?:null|'\\d{8}'), '((?:[^']|'')*)', '((?:[^']|'')*)'\\)");

    @Test
    void everyCategoryOfTheDirectoryHasItsLabelInBothLanguages() throws IOException {
        List<String[]> categories = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(f);
                int at = sql.indexOf("insert into category");
                while (at >= 0) {
                    int end = sql.indexOf(';', at);
                    Matcher m = ROW.matcher(sql.substring(at, end));
                    while (m.find()) {
                        categories.add(new String[]{m.group(1), m.group(2).replace("''", "'"), m.group(3).replace("''", "'")});
                    }
                    at = sql.indexOf("insert into category", end);
                }
            }
        }
        assertThat(categories).hasSizeGreaterThan(30);
        for (String[] c : categories) {
            assertThat(Texts.of("fr").category(c[0])).as(c[0]).isEqualTo(c[1]);
            assertThat(Texts.of("en").category(c[0])).as(c[0]).isEqualTo(c[2]);
        }
    }
}
