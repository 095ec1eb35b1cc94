package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for the browser suites (Maven profile {@code browser}):
 * launched once per test class, with sign-in, screenshots into target/screenshots and the server
 * under test (the test's own, or a running academy given with {@code -Dacademy.base-url}). Public for
 * the cluster test, which drives learners through HAProxy with it.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("academy.chromium", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final int port;

    private HeadlessChromium(Playwright playwright, Browser browser, int port) {
        this.playwright = playwright;
        this.browser = browser;
        this.port = port;
    }

    /** @param port the port of the test's own server, used unless {@code academy.base-url} names another */
    public static HeadlessChromium launch(int port) {
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create();
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new HeadlessChromium(playwright, browser, port);
    }

    public Browser browser() {
        return browser;
    }

    /** A fresh browser profile (no cookies) in a language, at a laptop's size. */
    public BrowserContext newContext(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 1000));
    }

    /** Signs in with the demo account whose password is its name, and waits for the first page. */
    public Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(user);
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("#signed-in-user")).hasText(user);
        return page;
    }

    public String url(String path) {
        String external = System.getProperty("academy.base-url", "");
        return (external.isBlank() ? "http://localhost:" + port : external) + "/" + path;
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(Files.exists(SHOTS.resolve(name + ".png"))).isTrue();
    }

    /**
     * Where each row of a dataset grid names its author, one per row so the n-th is the n-th post:
     * the author column on a wide grid, the stacked details line ("#3 · @author · …") on a narrow
     * one, such as a 1280 px window with the menu open.
     */
    static Locator authorCells(Locator grid) {
        return grid.getByText(Pattern.compile("^@[a-z0-9_]+_syn$|^#\\d+ · @[a-z0-9_]+_syn · "));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
