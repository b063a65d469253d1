package org.maillage.system.browser;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds a browser on its own: CHROME_PATH, else Debian's /usr/bin/chromium (what .ci/run installs),
 * else Playwright's own download where the network allows it.
 */
final class Browsers {

    private Browsers() {
    }

    static Playwright playwright() {
        boolean local = executable() != null;
        return Playwright.create(new Playwright.CreateOptions().setEnv(local ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
    }

    static BrowserType.LaunchOptions launchOptions() {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        Path exe = executable();
        return exe == null ? options : options.setExecutablePath(exe);
    }

    private static Path executable() {
        String configured = System.getenv("CHROME_PATH");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? debian : null;
    }
}
