package org.maillage.system.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every page a browser test visits must pass: axe-core with the WCAG 2.2 A and AA rules, no sideways
 * scrolling, and a screenshot saved as target/screenshots/{area}-{name}.png. Problems are collected so one
 * run names them all.
 */
final class PageAudit {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private final String area;
    private final List<String> problems = new ArrayList<>();

    PageAudit(String area) {
        this.area = area;
    }

    /** axe-core, sideways scrolling and a screenshot named {area}-{name}; problems kept for {@link #problems()}. */
    void check(Page page, String name) {
        problems.addAll(violations(page, area + "-" + name));
        screenshot(page, area + "-" + name);
    }

    List<String> problems() {
        return problems;
    }

    void clear() {
        problems.clear();
    }

    /** What axe-core (WCAG 2.2 A and AA) finds on the page as it is, and whether it scrolls sideways. */
    static List<String> violations(Page page, String name) {
        page.waitForLoadState();
        List<String> found = new ArrayList<>();
        if (Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"))) {
            found.add(name + ": scrolls sideways");
        }
        for (Rule v : new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
            found.add(name + ": " + v.getId() + " " + v.getHelp() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        return found;
    }

    /** A full-page screenshot, target/screenshots/{name}.png. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file(name + ".png")));
    }

    /** A file under target/screenshots (a screenshot, a printed PDF). */
    static Path file(String name) {
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SHOTS.resolve(name);
    }
}
