package uk.waymark.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two checks on the words of a page, line by line, so an editor is sent to the exact place.
 *
 * <p><b>Promises.</b> On a domestic abuse site a promise is something a person plans around.
 * A sentence with one of {@link #PROMISES} must be backed by a {@code cites:} entry in the page's
 * front matter naming the policy section that makes the promise. A sentence that denies it ("we
 * cannot guarantee", "it is not completely safe") is not a promise and needs no citation, nor is
 * "help you decide" or "before you decide". Phrases match whole words: "your choices" (the
 * options someone has) is not "your choice".
 *
 * <p><b>Jargon.</b> A term from {@code national/jargon.yml} must be explained where it first
 * appears on the page (see {@link #explained}), since many readers meet it here first.
 */
final class PageWords {

    static final List<String> PROMISES = List.of("you decide", "your choice", "we will always", "guarantee", "anonymous",
            "cannot be traced", "completely safe", "will not show");
    /** Each of {@link #PROMISES} as a whole phrase, in the same order. */
    private static final List<Pattern> PROMISE_PATTERNS = PROMISES.stream()
            .map(promise -> Pattern.compile("(?<![\\w'])" + Pattern.quote(promise) + "(?![\\w'])")).toList();

    /** Words that, shortly before a promise phrase, turn it into a denial. */
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(not|cannot|can't|never|no|nothing|isn't|aren't|won't|don't|doesn't)\\b(\\W+\\w+){0,4}\\W*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern LINK_DESTINATION = Pattern.compile("\\]\\([^)]*\\)");

    /** A line of text the visitor reads; {@code field} is empty for the Markdown body. */
    record Line(int number, String field, String text) {
    }

    /** A front-matter citation: this phrase on the page is promised by that section of the policy. */
    record Cite(String phrase, String section, int line, String field) {
    }

    /**
     * A term from the jargon list, with the other ways it is written (plurals, spellings), and
     * each of those as the pattern that finds it: made once per pack, used on every page. Each
     * form is also kept as the text a sentence must contain for its pattern to match at all
     * ({@link #fold}ed where the pattern ignores case), so most sentences are passed over without
     * running a pattern: a pack's check runs every term over every sentence.
     */
    record Term(String term, List<String> forms, List<Pattern> patterns, List<String> needles) {

        static Term of(String term, List<String> forms) {
            List<Pattern> patterns = new ArrayList<>();
            List<String> needles = new ArrayList<>();
            for (String form : forms) {
                String normal = normalise(form);
                boolean acronym = normal.equals(normal.toUpperCase(Locale.ROOT));
                patterns.add(Pattern.compile("(?<![\\w-])" + Pattern.quote(normal) + "s?(?![\\w-])",
                        acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                needles.add(acronym ? normal : fold(normal));
            }
            return new Term(term, List.copyOf(forms), List.copyOf(patterns), List.copyOf(needles));
        }
    }

    /**
     * Text with each character folded as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern
     * compares it (the lower case of its upper case), so that a pattern ignoring case can match
     * only where the folded text contains the folded form.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private PageWords() {
    }

    /** The body's lines, with link addresses taken out (they are not read as words). */
    static List<Line> bodyLines(String body, int firstLine) {
        List<Line> lines = new ArrayList<>();
        int number = firstLine;
        for (String line : body.split("\n", -1)) {
            lines.add(new Line(number++, "", normalise(LINK_DESTINATION.matcher(line).replaceAll("]"))));
        }
        return lines;
    }

    static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    // ---------------------------------------------------------------- promises

    static void checkPromises(Path file, List<Line> lines, List<Cite> cites, Problems problems) {
        Set<Cite> used = new HashSet<>();
        for (Line line : lines) {
            for (String sentence : SENTENCE_END.split(line.text())) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                for (int p = 0; p < PROMISES.size(); p++) {
                    String promise = PROMISES.get(p);
                    if (!lower.contains(promise)) {
                        continue; // its pattern, the phrase between word edges, cannot match
                    }
                    Matcher found = PROMISE_PATTERNS.get(p).matcher(lower);
                    if (!found.find() || denied(lower, found.start()) || helped(lower, found.start())) {
                        continue;
                    }
                    Optional<Cite> cite = cites.stream().filter(c -> {
                        String phrase = normalise(c.phrase()).toLowerCase(Locale.ROOT);
                        return phrase.contains(promise) && lower.contains(phrase);
                    }).findFirst();
                    if (cite.isPresent()) {
                        used.add(cite.get());
                    } else {
                        problems.add(file, line.number(), line.field(), "'" + sentence.strip() + "' promises '" + promise
                                + "': quote the words under cites: in the front matter with the policy section that makes"
                                + " this promise, or say only what the policy says");
                    }
                }
            }
        }
        for (Cite cite : cites) {
            if (!used.contains(cite)) {
                problems.add(file, cite.line(), cite.field(), "'" + cite.phrase() + "' is not in a sentence of the page that"
                        + " makes one of these promises: " + String.join(", ", PROMISES) + ". Remove the citation or fix its words");
            }
        }
    }

    /** "help you decide", "before you decide": the person is helped to choose, not promised the choice. */
    private static final Pattern HELPED = Pattern.compile("\\b(help|helps|before|until|when|once|while)\\W*$");

    static boolean helped(String sentence, int at) {
        return HELPED.matcher(sentence.substring(0, at)).find();
    }

    /** Whether the words shortly before {@code at} in this sentence deny what follows ("we cannot guarantee"). */
    static boolean denied(String text, int at) {
        String before = text.substring(0, at);
        String[] sentences = SENTENCE_END.split(before, -1);
        return DENIAL.matcher(sentences[sentences.length - 1].toLowerCase(Locale.ROOT)).find();
    }

    // ---------------------------------------------------------------- jargon

    static void checkJargon(Path file, List<Line> lines, List<Term> terms, Problems problems) {
        List<String[]> sentences = new ArrayList<>(lines.size());
        for (Line line : lines) {
            // a heading names a thing; the text under it explains it
            sentences.add(line.text().startsWith("#") ? new String[0] : SENTENCE_END.split(line.text()));
        }
        List<String[]> foldedSentences = new ArrayList<>(lines.size());
        for (String[] line : sentences) {
            String[] folded = new String[line.length];
            for (int i = 0; i < line.length; i++) {
                folded[i] = fold(line[i]);
            }
            foldedSentences.add(folded);
        }
        for (Term term : terms) {
            List<Pattern> patterns = term.patterns();
            found:
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                String[] lineSentences = sentences.get(l);
                for (int s = 0; s < lineSentences.length; s++) {
                    String sentence = lineSentences[s];
                    Matcher first = null;
                    for (int f = 0; f < patterns.size(); f++) {
                        Pattern pattern = patterns.get(f);
                        String within = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? foldedSentences.get(l)[s] : sentence;
                        if (!within.contains(term.needles().get(f))) {
                            continue; // the pattern cannot match here
                        }
                        Matcher m = pattern.matcher(sentence);
                        if (m.find() && (first == null || m.start() < first.start())) {
                            first = m;
                        }
                    }
                    if (first == null) {
                        continue;
                    }
                    if (!explained(sentence, first.start(), first.end())) {
                        problems.add(file, line.number(), line.field(), "'" + sentence.substring(first.start(), first.end())
                                + "' is jargon (see national/jargon.yml) and is not explained where it first appears on the page:"
                                + " follow it with an explanation in brackets, or say what it is or means in the same sentence");
                    }
                    break found;
                }
            }
        }
    }

    private static final Pattern BRACKET_AFTER = Pattern.compile("^(\\s+[\\w'-]+){0,2}\\s*\\(\\s*[^)\\s]+(\\s+[^)\\s]+){2,}");
    private static final Pattern DEFINED_AFTER = Pattern.compile("\\b(is|are|means|mean|stands for)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_BEFORE = Pattern.compile("\\b(called|known as)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a term's appearance is explained in its sentence, in one of four ways: an explanation
     * in brackets straight after it ("a MARAC (a meeting of ...)", up to two words between);
     * the term itself in brackets after the explanation ("... to protect them (safeguarding)");
     * "is", "are", "means" or "stands for" later in the sentence ("Safeguarding means ...");
     * or "called" or "known as" before it ("a meeting called a MARAC").
     */
    static boolean explained(String sentence, int start, int end) {
        String after = sentence.substring(end);
        String before = sentence.substring(0, start);
        if (BRACKET_AFTER.matcher(after).find()) {
            return true;
        }
        int open = before.lastIndexOf('(');
        if (open >= 0 && before.indexOf(')', open) < 0 && open > 0 && after.contains(")")) {
            return true;
        }
        return DEFINED_AFTER.matcher(after).find() || NAMED_BEFORE.matcher(before).find();
    }
}
