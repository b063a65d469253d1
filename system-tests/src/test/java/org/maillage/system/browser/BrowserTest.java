package org.maillage.system.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.devstack.ApiClient;
import org.maillage.devstack.demo.DemoSeed;
import org.maillage.system.SharedPlatform;
import org.maillage.testkit.RunningPlatform;

import java.util.List;
import java.util.function.Consumer;

/**
 * What every browser test class shares: the tier's one platform with the demo loaded, one Chromium for the whole
 * run, a browser context per language and width, and {@link PageAudit} for axe-core and screenshots.
 */
abstract class BrowserTest {

    /** Every demo account's password (README). */
    static final String PASSWORD = DemoSeed.PASSWORD;

    static RunningPlatform platform;
    static ApiClient api;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void sharedPlatformAndBrowser() {
        platform = SharedPlatform.withDemo();
        api = new ApiClient(platform.gateway());
        browser();
    }

    /** One Chromium for every class of the run, closed with the JVM. */
    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Browsers.playwright();
            browser = playwright.chromium().launch(Browsers.launchOptions());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }, "browser-stop"));
        }
        return browser;
    }

    /**
     * A fresh context (no cookie, no session) at a width, in a language: a phone below 600 px. axe's script is
     * injected into the page, which the site's strict CSP would refuse: test contexts bypass CSP.
     */
    static BrowserContext context(String lang, int width) {
        return context(lang, width, options -> { });
    }

    static BrowserContext context(String lang, int width, Consumer<Browser.NewContextOptions> more) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 800 : 900)
                .setBypassCSP(true).setLocale(lang.equals("fr") ? "fr-CA" : "en-CA");
        more.accept(options);
        BrowserContext c = browser().newContext(options);
        c.addCookies(List.of(new Cookie("maillage-lang", lang).setUrl(platform.gateway())));
        return c;
    }

    static String url(String path) {
        return platform.gateway() + path;
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
