package uk.waymark.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One Chromium for the whole test run (starting one costs about a second), with the checks the
 * portal's browser tests share: axe, the network requests a page made, console errors, and the
 * screen width.
 */
public final class Browser {

    /** The axe rule sets the portal must pass: WCAG 2.0, 2.1 and 2.2 A and AA, and best practice. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static Browser withJavaScript;
    private static Browser withoutJavaScript;

    private final ChromeDriver driver;
    private final boolean javascript;

    Browser(ChromeDriver driver, boolean javascript) {
        this.driver = driver;
        this.javascript = javascript;
    }

    public static synchronized Browser withJavaScript() {
        if (withJavaScript == null) {
            withJavaScript = start(true);
        }
        return withJavaScript;
    }

    public static synchronized Browser withoutJavaScript() {
        if (withoutJavaScript == null) {
            withoutJavaScript = start(false);
        }
        return withoutJavaScript;
    }

    private static Browser start(boolean javascript) {
        var browser = new Browser(Chromium.start(javascript), javascript);
        Runtime.getRuntime().addShutdownHook(new Thread(browser.driver::quit));
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A new tab with a history of its own (browsers keep at most 50 entries per tab), the old one closed. */
    public Browser fresh() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        driver.get("about:blank");
        drainRequests();
        drainConsole();
        return this;
    }

    /**
     * The address of the page on screen. With JavaScript the portal swaps pages in place and the
     * address bar keeps the address the visit started at; the page keeps its own address on the
     * body for these tests.
     */
    public String address() {
        return (String) script("return document.body.dataset.address || location.href");
    }

    /** The main heading on screen, read in one step so that a page swapped in meanwhile cannot go stale. */
    public String heading() {
        Object text = script("const h = document.querySelector('main h1'); return h ? h.textContent.trim() : ''");
        return String.valueOf(text);
    }

    /**
     * Opens the address as if typed, and waits, with JavaScript, until the portal's scripts have
     * started (they run a moment after the page loads), as a person's first key press would.
     */
    public Browser open(String url) {
        driver.get(url);
        if (javascript) {
            waitFor(d -> Boolean.TRUE.equals(script(
                    "return !document.querySelector('script[type=module]') || !!document.body.dataset.address")));
        }
        return this;
    }

    /** Sets the viewport width in CSS pixels, as a phone or a desktop would have it. */
    public Browser width(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Presses Tab, as a keyboard user would, until the element matching the selector has focus.
     * Fails if it is never reached.
     */
    public WebElement tabTo(String css) {
        WebElement target = find(css);
        for (int presses = 0; presses < 300; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (target.equals(driver.switchTo().activeElement())) {
                return target;
            }
        }
        throw new AssertionError("Tab never reached " + css + " on " + driver.getCurrentUrl());
    }

    /** Tabs to the field and types into it, as a keyboard user would. */
    public void type(String css, String text) {
        tabTo(css);
        new Actions(driver).sendKeys(text).perform();
    }

    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    public <T> T waitFor(Function<ChromeDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.apply(driver));
    }

    /** Every axe violation on the current page, one line each with the rule and the selectors. */
    @SuppressWarnings("deprecation") // legacy mode: see below
    public List<String> axeViolations() {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // Legacy mode runs axe in the page itself; the default opens a new tab for every run,
        // which costs about two seconds a page. The portal has no iframes to reach into.
        Results results = new AxeBuilder().withTags(AXE_TAGS).withOptions(options)
                .disableIframeTesting().setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe could not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
            lines.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets);
        }
        return lines;
    }

    /** URLs the browser asked for since the last call, from Chromium's network log. */
    public List<String> drainRequests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = new Json().toType(entry.getMessage(), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            if (inner != null && "Network.requestWillBeSent".equals(inner.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) inner.get("params");
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                urls.add(String.valueOf(request.get("url")));
            }
        }
        return urls;
    }

    /** Console messages since the last call: script errors, CSP violations, failed loads. */
    public List<String> drainConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }
}
