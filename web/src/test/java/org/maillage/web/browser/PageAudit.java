package org.maillage.web.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

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
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void check(Page page, String name) {
        page.waitForLoadState();
        if (Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"))) {
            problems.add(name + ": scrolls sideways");
        }
        AxeResults axe = new AxeBuilder(page).withTags(WCAG).analyze();
        for (Rule v : axe.getViolations()) {
            problems.add(name + ": " + v.getId() + " " + v.getHelp() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(area + "-" + name + ".png")));
    }

    List<String> problems() {
        return problems;
    }
}
