package uk.waymark.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Breaks one thing at a time in a copy of the real content and checks the loader names the
 * file, the line and the field, so an editor can go straight to it.
 */
class PackLoaderTest {

    @TempDir
    Path content;

    @BeforeEach
    void copyTheRealContent() throws IOException {
        Path source = Path.of("content");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Path target = content.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theCopyLoadsCleanly() {
        Pack pack = new PackLoader(content).load("bolsover");
        assertEquals("Bolsover District Council", pack.provider().name());
    }

    @Test
    void aMissingRequiredFieldIsNamedWithItsFileAndLine() throws IOException {
        replace("bolsover/provider.yml", "name: Bolsover District Council\n", "");
        assertProblem("bolsover/provider.yml", 1, "name", "is missing"); // reported at the top of the file
    }

    @Test
    void aMisspeltFieldIsReportedNotIgnored() throws IOException {
        int line = replace("bolsover/provider.yml", "  email: enquiries@bolsover.gov.uk", "  emial: enquiries@bolsover.gov.uk");
        assertProblem("bolsover/provider.yml", line, "contact.emial", "is not a known field");
    }

    @Test
    void aMalformedPhoneNumberIsReported() throws IOException {
        int line = replace("bolsover/services.yml", "      - number: \"07974 608015\"", "      - number: \"07974 60801\"");
        assertProblem("bolsover/services.yml", line, "services[2].phones[0].number", "'07974 60801' is not a UK phone number");
    }

    @Test
    void anUnknownAudienceIsReportedWithTheChoices() throws IOException {
        int line = replace("bolsover/services.yml", "    for: [changing]", "    for: [stop-abuse]");
        assertProblem("bolsover/services.yml", line, "services[1].for[0]", "'stop-abuse' is not one of");
    }

    @Test
    void aDeadInternalLinkIsReported() throws IOException {
        String page = "bolsover/pages/privacy.md";
        List<String> lines = Files.readAllLines(content.resolve(page));
        lines.add("");
        lines.add("Read [our old page](/no-such-page).");
        Files.write(content.resolve(page), lines);
        assertProblem(page, lines.size(), "link", "/no-such-page");
    }

    @Test
    void aLinkToAHeadingThatDoesNotExistIsReported() throws IOException {
        String page = "bolsover/pages/privacy.md";
        List<String> lines = Files.readAllLines(content.resolve(page));
        lines.add("");
        lines.add("See [the exit button](/online#no-such-heading).");
        Files.write(content.resolve(page), lines);
        assertProblem(page, lines.size(), "link", "#no-such-heading");
    }

    @Test
    void aMissingPageIsReported() throws IOException {
        Files.delete(content.resolve("bolsover/pages/accessibility.md"));
        assertProblem("bolsover/pages/accessibility.md", 0, "", "is missing");
    }

    @Test
    void aServiceServingAnAreaTheProviderDoesNotHaveIsReported() throws IOException {
        int line = replace("bolsover/services.yml", "    for: [changing]", "    for: [changing]\n    serves: [leeds]");
        assertProblem("bolsover/services.yml", line + 1, "services[1].serves", "'leeds' is not one of the provider's areas");
    }

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        replace("bolsover/provider.yml", "name: Bolsover District Council\n", "");
        replace("bolsover/services.yml", "    for: [changing]", "    for: [stop-abuse]");
        Files.delete(content.resolve("bolsover/pages/accessibility.md"));
        // the unknown group also leaves the service for no one, which is its own problem
        assertEquals(4, problems().size(), problems().toString());
    }

    @Test
    void problemsInSeveralPagesComeInTheOrderOfThePagesEveryTime() throws IOException {
        List<String> broken = List.of("bolsover/pages/home.md", "bolsover/pages/privacy.md",
                "bolsover/pages/information/action-we-take.md", "bolsover/pages/information/what-it-means.md");
        for (String file : broken) {
            Files.writeString(content.resolve(file), "\n# A second title\n", java.nio.file.StandardOpenOption.APPEND);
        }
        List<Path> expected = broken.stream().map(content::resolve).toList();
        List<Problem> first = problems();
        assertEquals(expected, first.stream().map(Problem::file).toList(), first.toString());
        assertTrue(first.stream().allMatch(p -> p.message().contains("level-1 heading")), first.toString());
        for (int i = 0; i < 20; i++) {                    // the pages are read in parallel: the list must not move
            assertEquals(first, problems());
        }
    }

    @Test
    void anUnknownPackNamesThePacksThatExist() {
        PackException e = assertThrows(PackException.class, () -> new PackLoader(content).load("nowhere"));
        assertTrue(e.getMessage().contains("there is no such pack; packs here: "), e.getMessage());
        assertTrue(e.getMessage().contains("bolsover"), e.getMessage());
    }

    @Test
    void theCheckCommandPrintsEveryProblemAndCountsBrokenPacks() throws IOException {
        int line = replace("bolsover/services.yml", "    for: [changing]", "    for: [stop-abuse]");
        var out = new ByteArrayOutputStream();
        int broken = PackCheck.run(content, List.of("bolsover"), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(1, broken);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("services.yml:" + line + ": services[1].for[0]: 'stop-abuse' is not one of"), out.toString(StandardCharsets.UTF_8));
    }

    private List<Problem> problems() {
        return assertThrows(PackException.class, () -> new PackLoader(content).load("bolsover")).problems();
    }

    @Test
    void aSectionWhoseAddressNamesTheSubjectIsRefused() throws IOException {
        Files.move(content.resolve("bolsover/pages/information/complaints.md"),
                content.resolve("bolsover/pages/information/complaints-about-abuse.md"));
        assertProblem("bolsover/pages/information/complaints-about-abuse.md", 0, "",
                "is served at /information/complaints-about-abuse, which contains 'abus'");
    }

    @Test
    void aTabTitleThatNamesTheSubjectIsRefused_inAnyCase() throws IOException {
        int line = replace("bolsover/pages/information/complaints.md", "browserTitle: Complaints", "browserTitle: Complaints about Violence");
        assertProblem("bolsover/pages/information/complaints.md", line, "browserTitle", "contains 'violen'");
    }

    @Test
    void withoutATabTitleTheHeadingIsTheTabTitleAndIsCheckedInstead() throws IOException {
        replace("bolsover/pages/information/complaints.md", "browserTitle: Complaints\n", "");
        int line = replace("bolsover/pages/information/complaints.md", "title: If you are unhappy with our help",
                "title: If you feel unsafe");
        assertProblem("bolsover/pages/information/complaints.md", line, "title", "contains 'safe'");
    }


    // ---------------------------------------------------------------- what a provider offers

    @Test
    void aContactMethodThePortalDoesNotKnowIsReportedWithTheChoices() throws IOException {
        int line = replace("bolsover/provider.yml", "contactMethods: [phone, text, email, trusted-person,",
                "contactMethods: [phone, text, email, trusted-person, carrier-pigeon,");
        assertProblem("bolsover/provider.yml", line, "contactMethods[4]", "'carrier-pigeon' is not one of: phone, text, email");
    }

    @Test
    void everyPackStatesItsContactMethodsAndFormats() throws IOException {
        String file = "bolsover/provider.yml";
        String text = Files.readString(content.resolve(file));
        Files.writeString(content.resolve(file), text.replaceAll("(?m)^(contactMethods|formats): .*\n", ""));
        assertProblem(file, 1, "contactMethods", "is missing");
        assertProblem(file, 1, "formats", "is missing");
    }

    @Test
    void thePacksContactMethodsMustIncludeTheDefaultSet() throws IOException {
        int line = replace("ashfield/provider.yml", "contactMethods: [phone, text, email, trusted-person]", "contactMethods: [phone, email]");
        assertProblem("ashfield", "ashfield/provider.yml", line, "contactMethods", "must include phone and text and email and trusted-person");
    }

    @Test
    void meetingAtAnOfficeNeedsTheOfficesListed() throws IOException {
        int line = replace("ashfield/provider.yml", "contactMethods: [phone, text, email, trusted-person]",
                "contactMethods: [phone, text, email, trusted-person, office]");
        assertProblem("ashfield", "ashfield/provider.yml", line, "contactMethods", "offers 'office' but contact.offices lists none");
    }

    @Test
    void theOtherFormatPageMayNotOfferAFormatTheProviderHasNotListed() throws IOException {
        String page = "bolsover/pages/another-format.md";
        int line = replace(page, "in large print or in another language.", "in large print, Easy Read or in another language.");
        assertProblem(page, line, "", "offers 'Easy Read', which formats: in provider.yml does not list (easy-read)");
    }

    @Test
    void theOtherFormatPageMaySayAFormatIsNotOffered() throws IOException {
        String page = "bolsover/pages/another-format.md";
        replace(page, "Our policy does not name other formats.", "We cannot make Easy Read or Braille versions yet.");
        new PackLoader(content).load("bolsover");
    }

    @Test
    void theHomePageMustGiveItsThreeWaysInWithTheirWords() throws IOException {
        int line = replace("bolsover/pages/home.md", "  - link: /report\n", "  - link: /services\n");
        assertProblem("bolsover/pages/home.md", line - 3, "routes",
                "must list the three ways in, with link: /contact, then /report, then /changing");
    }

    @Test
    void aWayInWithoutItsHintIsReported() throws IOException {
        String file = "bolsover/pages/home.md";
        int line = replace(file, "    hint: What to do if you think someone is being hurt\n", "");
        assertProblem(file, line - 2, "routes[1].hint", "is missing");
    }

    @Test
    void thePrivacyNoticesRecaptchaSectionIsRequired() throws IOException {
        Files.delete(content.resolve("national/pages/privacy-recaptcha.md"));
        assertProblem("bolsover/pages/privacy-recaptcha.md", 0, "", "is missing: the privacy notice needs this text");
    }

    // ---------------------------------------------------------------- promises

    @Test
    void aPromiseThePageDoesNotCiteIsReportedWithItsLine() throws IOException {
        String page = "believe-housing/pages/information/how-to-tell-us.md";
        int line = replace(page, "Tell us. We will take your wishes into account.", "That is your choice.");
        assertProblem("believe-housing", page, line, "", "'That is your choice.' promises 'your choice'");
    }

    @Test
    void everyListedPromiseIsCaught() throws IOException {
        String page = "bolsover/pages/privacy.md";
        List<String> lines = Files.readAllLines(content.resolve(page));
        int first = lines.size() + 2;
        lines.add("");
        for (String promise : PageWords.PROMISES) {
            lines.add("Here " + promise + " is said.");
        }
        Files.write(content.resolve(page), lines);
        for (int i = 0; i < PageWords.PROMISES.size(); i++) {
            assertProblem(page, first + i, "", "promises '" + PageWords.PROMISES.get(i) + "'");
        }
    }

    @Test
    void aPromiseInTheSummaryIsReportedAgainstTheSummary() throws IOException {
        String page = "bolsover/pages/report.md";
        int line = replace(page, "You do not have to give your name on the form.", "You can stay anonymous.");
        assertProblem(page, line, "summary", "promises 'anonymous'");
    }

    @Test
    void aCitedPromiseIsAcceptedAndRemovingTheCitationBreaksIt() throws IOException {
        String page = "peaks-and-plains/pages/information/how-to-tell-us.md";
        new PackLoader(content).load("peaks-and-plains");
        replace(page, "cites:\n  - phrase: We will always accept what you tell us as a true account\n    section: \"6.3\"\n", "");
        String text = Files.readString(content.resolve(page));
        int line = (int) text.substring(0, text.indexOf("We will always accept")).chars().filter(c -> c == '\n').count() + 1;
        assertProblem("peaks-and-plains", page, line, "", "promises 'we will always'");
    }

    @Test
    void aCitationWhosePhraseIsNotOnThePageIsReported() throws IOException {
        String page = "peaks-and-plains/pages/information/how-to-tell-us.md";
        int line = replace(page, "  - phrase: We will always accept what you tell us as a true account",
                "  - phrase: We will always ring you back");
        assertProblem("peaks-and-plains", page, line, "cites[0].phrase", "'We will always ring you back' is not in a sentence");
    }

    @Test
    void aDenialIsNotAPromise() throws IOException {
        String page = "bolsover/pages/privacy.md";
        List<String> lines = Files.readAllLines(content.resolve(page));
        lines.add("");
        lines.add("We cannot guarantee that a page will not show in your history. No website is completely safe.");
        lines.add("We will help you decide. Your choices are yours to talk through.");
        Files.write(content.resolve(page), lines);
        new PackLoader(content).load("bolsover");
    }

    // ---------------------------------------------------------------- jargon

    @Test
    void jargonNotExplainedWhereItFirstAppearsIsReportedWithItsLine() throws IOException {
        int line = appendTo("bolsover/pages/information/complaints.md", "We may refer your case to a MARAC.");
        assertProblem("bolsover/pages/information/complaints.md", line, "", "'MARAC' is jargon");
    }

    @Test
    void anExpansionIsNotAnExplanation() throws IOException {
        int line = appendTo("bolsover/pages/information/complaints.md", "We may refer you to a Multi-Agency Risk Assessment Conference (MARAC).");
        assertProblem("bolsover/pages/information/complaints.md", line, "", "'Multi-Agency Risk Assessment Conference' is jargon");
    }

    @Test
    void jargonInTheSummaryIsReportedAgainstTheSummary() throws IOException {
        String page = "bolsover/pages/information/complaints.md";
        String text = Files.readString(content.resolve(page));
        int line = (int) text.substring(0, text.indexOf("summary:")).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(content.resolve(page), text.replaceFirst("summary: (.*)", "summary: Ask for a safeguarding review. $1"));
        assertProblem(page, line, "summary", "'safeguarding' is jargon");
    }

    @Test
    void eachWayOfExplainingATermIsAccepted() throws IOException {
        for (String sentence : List.of(
                "We may refer you to a MARAC (a meeting where services plan how to keep you safe).",
                "We may make a safeguarding referral (telling the people whose job is to protect you).",
                "We tell the people whose job is to protect you (safeguarding).",
                "A MARAC is a meeting where services plan how to keep you safe.",
                "We may refer you to a meeting called a MARAC.")) {
            String page = "bolsover/pages/information/complaints.md";
            String original = Files.readString(content.resolve(page));
            appendTo(page, sentence);
            new PackLoader(content).load("bolsover");
            Files.writeString(content.resolve(page), original);
        }
    }

    @Test
    void onlyTheFirstAppearanceNeedsExplainingAndHeadingsAreNotChecked() throws IOException {
        String page = "bolsover/pages/information/complaints.md";
        appendTo(page, "## MARAC");
        appendTo(page, "A MARAC is a meeting where services plan how to keep you safe.");
        appendTo(page, "Our staff go to every MARAC.");
        new PackLoader(content).load("bolsover");
    }

    @Test
    void aTermIsFoundInAnyCaseAndWithCurlyApostrophes() throws IOException {
        int line = appendTo("bolsover/pages/information/complaints.md", "You can ask about Clare\u2019s Law.");
        assertProblem("bolsover/pages/information/complaints.md", line, "", "'Clare's Law' is jargon");
        int next = appendTo("bolsover/pages/information/complaints.md", "Safeguarding teams help.");
        assertProblem("bolsover/pages/information/complaints.md", next, "", "'Safeguarding' is jargon");
    }

    @Test
    void aTermInCapitalsOrMixedCaseIsFoundAsItsPatternFindsIt() throws IOException {
        // The check passes over a sentence that cannot match before it runs a pattern; in each of
        // these the sentence's letters differ from the term's and its pattern still matches.
        String page = "bolsover/pages/information/complaints.md";
        String original = Files.readString(content.resolve(page));
        for (String[] sentence : List.of(
                new String[] {"ASK ABOUT SAFEGUARDING.", "'SAFEGUARDING' is jargon"},
                new String[] {"You can ask about CLARE\u2019s law.", "'CLARE's law' is jargon"},
                new String[] {"Ask about \u017fafeguarding.", "'\u017fafeguarding' is jargon"})) { // a long s, an s to the pattern
            int line = appendTo(page, sentence[0]);
            assertProblem(page, line, "", sentence[1]);
            Files.writeString(content.resolve(page), original);
        }
    }

    @Test
    void theJargonListIsRequired() throws IOException {
        Files.delete(content.resolve("national/jargon.yml"));
        assertProblem("national/jargon.yml", 0, "", "is missing");
    }

    /** Adds a paragraph at the end of a page and returns its line number. */
    private int appendTo(String page, String paragraph) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(content.resolve(page)));
        lines.add("");
        lines.add(paragraph);
        Files.write(content.resolve(page), lines);
        return lines.size();
    }

    // ---------------------------------------------------------------- descriptions

    @Test
    void aSummaryThatNamesTheSubjectNeedsANeutralDescription() throws IOException {
        String page = "bolsover/pages/home.md";
        String text = Files.readString(content.resolve(page));
        Files.writeString(content.resolve(page), text.replaceFirst("(?m)^description: .*\\n", ""));
        int line = (int) text.substring(0, text.indexOf("summary:")).chars().filter(c -> c == '\n').count() + 1;
        assertProblem(page, line, "summary", "contains 'abus' and is the page's description");
    }

    @Test
    void aDescriptionThatNamesTheSubjectIsRefused() throws IOException {
        int line = replace("bolsover/pages/home.md", "description: How Bolsover District Council can help you",
                "description: How Bolsover District Council helps victims");
        assertProblem("bolsover/pages/home.md", line, "description", "contains 'victim'");
    }

    @Test
    void theDescriptionIsTheNeutralFieldOrElseTheSummary() {
        Pack pack = new PackLoader(content).load("bolsover");
        assertEquals("How Bolsover District Council can help you, and who you can call for support now.",
                pack.page(SitePage.HOME).description());
        Page privacy = pack.page(SitePage.PRIVACY);
        assertEquals(privacy.summary(), privacy.description());
    }

    private void assertProblem(String file, int line, String field, String messagePart) {
        assertProblem("bolsover", file, line, field, messagePart);
    }

    private void assertProblem(String pack, String file, int line, String field, String messagePart) {
        List<Problem> problems = assertThrows(PackException.class, () -> new PackLoader(content).load(pack)).problems();
        boolean found = problems.stream().anyMatch(p -> p.file().equals(content.resolve(file)) && p.line() == line
                && p.field().equals(field) && p.message().contains(messagePart));
        assertTrue(found, "expected " + file + ":" + line + " " + field + " '" + messagePart + "' in " + problems);
    }

    /** Replaces the first occurrence and returns its line number, counted from 1. */
    private int replace(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " no longer contains " + from);
        int at = text.indexOf(from);
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
