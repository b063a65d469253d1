package org.maillage.web.site;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TextsAndFormatsTest {

    @Test
    void englishHasEveryFrenchTextAndNoOther() {
        Set<String> fr = Texts.of(Language.FR).bundle().keySet();
        Set<String> en = Texts.of(Language.EN).bundle().keySet();
        assertThat(en).containsExactlyInAnyOrderElementsOf(fr);
        for (String key : fr) {
            assertThat(Texts.of(Language.EN).get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void moneyIsWrittenAsEachLanguageWritesIt() {
        String nbsp = "\u00a0";
        assertThat(new Formats(Language.FR).money(new BigDecimal("1234.56"))).isEqualTo("1" + nbsp + "234,56" + nbsp + "$");
        assertThat(new Formats(Language.EN).money(new BigDecimal("1234.56"))).isEqualTo("$1,234.56");
        assertThat(new Formats(Language.EN).money(new BigDecimal("250000.00"))).isEqualTo("$250,000");
        assertThat(new Formats(Language.FR).number(1234567)).isEqualTo("1" + nbsp + "234" + nbsp + "567");
    }

    @Test
    void timesAreMontrealsAndSaySo() {
        Instant noonInMontreal = Instant.parse("2026-03-10T16:00:00Z");
        assertThat(new Formats(Language.FR).dateTime(noonInMontreal)).isEqualTo("2026-03-10 12 h 00 (heure de Montréal)");
        assertThat(new Formats(Language.EN).dateTime(noonInMontreal)).isEqualTo("2026-03-10 12:00 (Montréal time)");
        // winter: UTC-5
        assertThat(new Formats(Language.FR).dateTime(Instant.parse("2026-01-15T17:30:00Z"))).startsWith("2026-01-15 12 h 30");
    }

    @Test
    void onlyLocalPathsAreReturnAddresses() {
        assertThat(LocalPath.or("/opportunities?q=a", "/")).isEqualTo("/opportunities?q=a");
        assertThat(LocalPath.or("//evil.example", "/")).isEqualTo("/");
        assertThat(LocalPath.or("https://evil.example", "/")).isEqualTo("/");
        assertThat(LocalPath.or("/\\evil.example", "/")).isEqualTo("/");
        assertThat(LocalPath.or("/a\r\nSet-Cookie: x", "/")).isEqualTo("/");
    }
}
