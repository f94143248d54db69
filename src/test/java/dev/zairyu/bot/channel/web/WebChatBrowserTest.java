package dev.zairyu.bot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat in a real headless browser (Debian's Chromium, which .ci/run installs), on a phone-sized
 * window: a person clicks through the renewal flow with buttons and the date input.
 */
class WebChatBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private RunningBot bot;
    private WebDriver browser;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        bot = new RunningBot(Map.of(), TestContent.clockAt(TestContent.TODAY));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=390,844",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (bot != null) {
            bot.close();
        }
    }

    private WebElement button(String label) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#actions button"))
                .stream().filter(b -> b.getText().equals(label)).findFirst().orElse(null));
    }

    private String transcript() {
        return browser.findElement(By.id("log")).getText();
    }

    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> transcript().contains(text));
    }

    @Test
    void aPersonCompletesTheRenewalFlowWithButtonsAndTheDateInputOnAPhoneScreen() {
        browser.get(bot.uri("/").toString());
        waitForText("status of residence");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        button("Engineer/Humanities").click();
        waitForText("When does your period of stay end?");
        WebElement date = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#actions input[type=date]")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-03-31'", date);
        button("Pick a date").click();
        waitForText("How long is your period of stay");

        button("1 year").click();
        waitForText("2026-12-31 (Thu)");
        assertThat(transcript()).contains("2027-01-04 (Mon)").contains("Last day to apply online: 2027-03-30 (Tue)");

        button("No").click();
        waitForText("6,000 yen");
        waitForText("This chat cannot receive them");
        List<String> choices = browser.findElements(By.cssSelector("#actions button")).stream().map(WebElement::getText).toList();
        assertThat(choices).contains("Renew my card", "No, thanks");

        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
    }

    @Test
    void typingAQuestionGetsAnAnswerAndTheTypedTextIsShown() {
        browser.get(bot.uri("/").toString());
        waitForText("status of residence");
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys("How much is the fee for the renewal?");
        browser.findElement(By.cssSelector("#send button")).click();
        waitForText("6,000 yen");
        assertThat(transcript()).contains("How much is the fee for the renewal?");
    }
}
