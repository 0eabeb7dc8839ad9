package uk.waymark.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a provider's content pack from disk, checks every field, phone number and link, and
 * either returns the whole pack or throws one {@link PackException} listing every problem.
 */
public final class PackLoader {

    static final String NATIONAL = "national";
    /** The id of the heading the contact-routes component adds; a page must not have its own. */
    static final String CONTACT_ROUTES_ID = "ways-to-contact-us";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** The jargon list, in the national folder: every pack's pages are checked against it. */
    static final String JARGON = "jargon.yml";
    /** The privacy notice's paragraph about reCAPTCHA, shown only while it is turned on. */
    static final String PRIVACY_RECAPTCHA = "privacy-recaptcha.md";
    /** The ways in the home page must offer, in this order. */
    static final List<String> HOME_ROUTES = List.of(SitePage.CONTACT.path(), SitePage.CONCERN.path(), SitePage.BEHAVIOUR.path());
    /** Words on the another-format page that offer a format, by format id. */
    private static final Map<String, Pattern> FORMAT_WORDS = Map.of(
            "large-print", Pattern.compile("large print", Pattern.CASE_INSENSITIVE),
            "easy-read", Pattern.compile("easy read", Pattern.CASE_INSENSITIVE),
            "braille", Pattern.compile("braille", Pattern.CASE_INSENSITIVE),
            "audio", Pattern.compile("audio", Pattern.CASE_INSENSITIVE));
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

    private final Path contentDirectory;
    private final Markdown markdown = new Markdown();

    public PackLoader(Path contentDirectory) {
        this.contentDirectory = contentDirectory;
    }

    /** The packs present in the content folder. */
    public List<String> available() {
        if (!Files.isDirectory(contentDirectory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(contentDirectory)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("provider.yml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Pack load(String packId) {
        Problems problems = new Problems();
        Path packDir = contentDirectory.resolve(packId);
        if (!ID.matcher(packId).matches() || packId.equals(NATIONAL) || !Files.isDirectory(packDir)) {
            problems.add(packDir, 0, "", "there is no such pack; packs here: " + String.join(", ", available()));
            throw new PackException(packId, problems.list());
        }
        Path nationalDir = contentDirectory.resolve(NATIONAL);
        List<PageWords.Term> jargon = readJargon(nationalDir.resolve(JARGON), problems);

        List<Service> services = new ArrayList<>();
        Map<YamlMap, List<YamlMap.Entry<String>>> serves = new LinkedHashMap<>();
        services.addAll(readServices(nationalDir.resolve("services.yml"), true, serves, problems));
        services.addAll(readServices(packDir.resolve("services.yml"), false, serves, problems));
        checkUniqueIds(services, problems);

        Provider provider = readProvider(packDir.resolve("provider.yml"), packId, services, problems);
        if (provider != null) {
            checkAreas(provider, serves);
        }

        // The pages are read in parallel (each is parsed, rendered, sanitised and checked on its
        // own), their problems kept in the order of the pages, so that the list reads the same.
        List<PageFile> files = new ArrayList<>();
        for (SitePage sitePage : SitePage.values()) {
            Path file = packDir.resolve("pages").resolve(sitePage.file());
            if (!Files.exists(file)) {
                file = nationalDir.resolve("pages").resolve(sitePage.file());
            }
            if (!Files.exists(file)) {
                problems.add(packDir.resolve("pages").resolve(sitePage.file()), 0, "", "is missing: every pack needs this page");
                continue;
            }
            files.add(new PageFile(file, sitePage.path(), false, false));
        }
        for (Path file : policySectionFiles(packDir, problems)) {
            String name = file.getFileName().toString().replaceFirst("\\.md$", "");
            files.add(new PageFile(file, SitePage.POLICY.path() + "/" + name, true, false));
        }
        Path recaptchaFile = packDir.resolve("pages").resolve(PRIVACY_RECAPTCHA);
        if (!Files.exists(recaptchaFile)) {
            recaptchaFile = nationalDir.resolve("pages").resolve(PRIVACY_RECAPTCHA);
        }
        if (!Files.exists(recaptchaFile)) {
            problems.add(packDir.resolve("pages").resolve(PRIVACY_RECAPTCHA), 0, "",
                    "is missing: the privacy notice needs this text for when reCAPTCHA is turned on");
        } else {
            files.add(new PageFile(recaptchaFile, SitePage.PRIVACY.path(), false, true));
        }
        List<PageRead> reads = files.parallelStream().map(file -> {
            Problems found = new Problems();
            return new PageRead(file, readPage(file.file(), file.path(), file.policySection(), file.fragment(), provider, jargon,
                    found), found);
        }).toList();

        Map<String, Page> pages = new LinkedHashMap<>();
        Map<Page, List<Markdown.WrittenLink>> links = new HashMap<>();
        List<Page> sections = new ArrayList<>();
        Page privacyRecaptcha = null;
        for (PageRead read : reads) {
            problems.addAll(read.problems());
            if (read.page().isEmpty()) {
                continue;
            }
            Page page = read.page().get().page();
            links.put(page, read.page().get().links());
            if (read.file().fragment()) {
                privacyRecaptcha = page;
                continue;
            }
            pages.put(page.path(), page);
            if (read.file().policySection()) {
                sections.add(page);
            }
        }
        sections.sort(Comparator.comparingInt(Page::order));
        if (sections.isEmpty()) {
            problems.add(packDir.resolve("pages").resolve(SitePage.POLICY_FOLDER), 0, "",
                    "has no policy sections: add at least one Markdown file beside index.md");
        }
        checkDuplicateOrders(sections, problems);
        links.forEach((page, written) -> checkLinks(page, written, pages, problems));
        Page home = pages.get(SitePage.HOME.path());
        if (home != null) {
            home.routes().forEach(route -> {
                if (!pages.containsKey(route.href())) {
                    problems.add(home.file(), 0, "routes", "'" + route.href() + "' leads to no page of the portal");
                }
            });
        }

        if (!problems.isEmpty()) {
            throw new PackException(packId, problems.list());
        }
        return new Pack(provider, Map.copyOf(pages), List.copyOf(sections), List.copyOf(services), privacyRecaptcha);
    }

    // ---------------------------------------------------------------- services

    private List<Service> readServices(Path file, boolean national, Map<YamlMap, List<YamlMap.Entry<String>>> serves,
                                       Problems problems) {
        Optional<YamlMap> root = readYaml(file, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        List<Service> services = new ArrayList<>();
        if (!root.get().has("services")) {
            root.get().problemHere("needs a 'services:' list");
        }
        for (YamlMap yaml : root.get().maps("services")) {
            services.add(readService(yaml, national, problems));
            serves.put(yaml, yaml.texts("serves"));
        }
        root.get().rejectUnknownFields();
        return services;
    }

    private Service readService(YamlMap yaml, boolean national, Problems problems) {
        String id = yaml.requiredText("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            yaml.problem("id", "must be lower-case words joined by hyphens, like changes-project");
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (YamlMap.Entry<String> entry : yaml.texts("for")) {
            Audience.byId(entry.value()).ifPresentOrElse(audiences::add, () -> problems.add(yaml.file(), entry.line(),
                    entry.field(), "'" + entry.value() + "' is not one of: " + audienceIds()));
        }
        boolean emergency = yaml.flag("emergency", false);
        if (audiences.isEmpty() && !emergency) {
            yaml.problem("for", "must name at least one group the service is for");
        }
        List<Phone> phones = new ArrayList<>();
        for (YamlMap phone : yaml.maps("phones")) {
            String number = phone.requiredText("number");
            String label = phone.text("label").orElse(null);
            PhoneNumbers.parse(number, label).ifPresentOrElse(phones::add, () -> {
                if (!number.isEmpty()) {
                    phone.problem("number", "'" + number + "' is not a UK phone number");
                }
            });
            phone.rejectUnknownFields();
        }
        Phone text = yaml.text("text").flatMap(number -> {
            Optional<Phone> parsed = PhoneNumbers.parse(number, null);
            if (parsed.isEmpty()) {
                yaml.problem("text", "'" + number + "' is not a UK phone number");
            }
            return parsed;
        }).orElse(null);
        Service service = new Service(
                id,
                yaml.requiredText("name"),
                yaml.text("organisation").orElse(null),
                yaml.requiredText("summary"),
                Set.copyOf(audiences),
                yaml.texts("eligibility").stream().map(YamlMap.Entry::value).toList(),
                yaml.text("howToRefer").orElse(null),
                yaml.requiredText("area"),
                yaml.texts("serves").stream().map(YamlMap.Entry::value).toList(),
                yaml.texts("languages").stream().map(YamlMap.Entry::value).toList(),
                List.copyOf(phones),
                text,
                email(yaml, "email"),
                webAddress(yaml, "website"),
                webAddress(yaml, "webchat"),
                yaml.text("bslVideo").orElse(null),
                hours(yaml),
                criteria(yaml, problems),
                yaml.requiredText("source"),
                national,
                emergency);
        if (service.channels().isEmpty() && service.howToRefer() == null && !emergency) {
            yaml.problemHere("gives no way to reach the service: add phones, email, website (or the like), or howToRefer");
        }
        yaml.rejectUnknownFields();
        return service;
    }

    private static Hours hours(YamlMap yaml) {
        if (!yaml.has("hours")) {
            return new Hours.Unknown();
        }
        if (yaml.isText("hours")) {
            String value = yaml.text("hours").orElse("");
            if (!value.equals("always")) {
                yaml.problem("hours", "must be 'always' or a list of sessions with days, opens and closes");
            }
            return value.equals("always") ? new Hours.Always() : new Hours.Unknown();
        }
        List<YamlMap> sessions = yaml.maps("hours");
        if (sessions.isEmpty()) {
            yaml.problem("hours", "must be 'always' or a list of sessions with days, opens and closes");
        }
        List<Hours.Session> parsed = new ArrayList<>();
        for (YamlMap session : sessions) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (YamlMap.Entry<String> day : session.texts("days")) {
                try {
                    days.add(DayOfWeek.valueOf(day.value().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    session.problem("days", "'" + day.value() + "' is not a day of the week, like monday");
                }
            }
            if (days.isEmpty()) {
                session.problem("days", "must list at least one day");
            }
            LocalTime opens = time(session, "opens");
            LocalTime closes = time(session, "closes");
            session.rejectUnknownFields();
            if (opens != null && closes != null) {
                parsed.add(new Hours.Session(Set.copyOf(days), opens, closes));
            }
        }
        return new Hours.Weekly(List.copyOf(parsed));
    }

    private static Criteria criteria(YamlMap yaml, Problems problems) {
        Optional<YamlMap> read = yaml.map("criteria");
        if (read.isEmpty()) {
            return null;
        }
        YamlMap criteria = read.get();
        Set<Criteria.Risk> risks = EnumSet.noneOf(Criteria.Risk.class);
        for (YamlMap.Entry<String> entry : criteria.texts("risk")) {
            Criteria.Risk.byId(entry.value()).ifPresentOrElse(risks::add, () -> problems.add(criteria.file(), entry.line(),
                    entry.field(), "'" + entry.value() + "' is not one of: standard, medium, high"));
        }
        var result = new Criteria(criteria.number("minimumAge").orElse(null), criteria.flag("notOnBail", false),
                criteria.flag("mustRecognise", false), Set.copyOf(risks));
        criteria.rejectUnknownFields();
        return result;
    }

    private static LocalTime time(YamlMap yaml, String key) {
        String value = yaml.requiredText(key);
        if (value.isEmpty()) {
            return null;
        }
        if (!TIME.matcher(value).matches()) {
            yaml.problem(key, "must be a 24-hour time in quotes, like \"09:00\"");
            return null;
        }
        return value.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(value);
    }

    /** A service's {@code serves} must name the provider's own areas; national services serve everywhere. */
    private static void checkAreas(Provider provider, Map<YamlMap, List<YamlMap.Entry<String>>> serves) {
        Set<String> known = new HashSet<>();
        provider.areas().forEach(area -> known.add(area.id()));
        serves.forEach((yaml, entries) -> {
            boolean national = yaml.file().getParent() != null
                    && yaml.file().getParent().getFileName().toString().equals(NATIONAL);
            if (national && !entries.isEmpty()) {
                yaml.problem("serves", "national services serve everywhere: remove 'serves'");
                return;
            }
            for (YamlMap.Entry<String> entry : entries) {
                if (!known.contains(entry.value())) {
                    yaml.problem("serves", "'" + entry.value() + "' is not one of the provider's areas"
                            + (known.isEmpty() ? " (provider.yml lists no areas)" : ": " + String.join(", ", known)));
                }
            }
        });
    }

    private static void checkUniqueIds(List<Service> services, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (Service service : services) {
            if (!service.id().isEmpty() && !seen.add(service.id())) {
                problems.add(Path.of("services.yml"), 0, "services.id", "'" + service.id() + "' is used by more than one service");
            }
        }
    }

    // ---------------------------------------------------------------- provider

    private Provider readProvider(Path file, String packId, List<Service> services, Problems problems) {
        Optional<YamlMap> read = readYaml(file, problems);
        if (read.isEmpty()) {
            return null;
        }
        YamlMap yaml = read.get();
        String id = yaml.requiredText("id");
        if (!id.isEmpty() && !id.equals(packId)) {
            yaml.problem("id", "must be '" + packId + "', the name of the pack's folder");
        }
        YamlMap policyYaml = yaml.requiredMap("policy");
        var policy = new Provider.Policy(policyYaml.requiredText("title"), policyYaml.requiredText("version"),
                policyYaml.requiredText("date"));
        policyYaml.rejectUnknownFields();

        String helplineId = yaml.requiredText("helpline24h");
        Service helpline = services.stream().filter(s -> s.id().equals(helplineId)).findFirst().orElse(null);
        if (!helplineId.isEmpty()) {
            if (helpline == null) {
                yaml.problem("helpline24h", "'" + helplineId + "' is not the id of any service");
            } else if (!helpline.alwaysOpen() || helpline.phones().isEmpty()) {
                yaml.problem("helpline24h", "'" + helplineId + "' must have a phone number and hours: always");
            }
        }

        YamlMap contactYaml = yaml.requiredMap("contact");
        Phone phone = null;
        String written = contactYaml.text("phone").orElse("");
        if (!written.isEmpty()) {
            phone = PhoneNumbers.parse(written, null).orElse(null);
            if (phone == null) {
                contactYaml.problem("phone", "'" + written + "' is not a UK phone number");
            }
        }
        var contact = new Provider.Contact(phone, email(contactYaml, "email"), webAddress(contactYaml, "website"),
                contactYaml.text("bslVideo").orElse(null), contactYaml.flag("relayUk", false),
                contactYaml.texts("offices").stream().map(YamlMap.Entry::value).toList(),
                contactYaml.text("hours").orElse(null));
        contactYaml.rejectUnknownFields();

        List<Provider.Area> areas = new ArrayList<>();
        Set<String> areaIds = new HashSet<>();
        for (YamlMap area : yaml.maps("areas")) {
            String areaId = area.requiredText("id");
            if (!areaId.isEmpty() && (!ID.matcher(areaId).matches() || !areaIds.add(areaId))) {
                area.problem("id", "must be lower-case words joined by hyphens, and used once");
            }
            areas.add(new Provider.Area(areaId, area.requiredText("name")));
            area.rejectUnknownFields();
        }
        if (areas.size() == 1) {
            yaml.problem("areas", "list two or more areas, or leave 'areas' out when one set of services covers them all");
        }

        List<Provider.Team> teams = new ArrayList<>();
        for (YamlMap team : yaml.maps("teams")) {
            teams.add(new Provider.Team(team.requiredText("name"), team.requiredText("does")));
            team.rejectUnknownFields();
        }
        YamlMap accessibilityYaml = yaml.requiredMap("accessibility");
        var accessibility = new Provider.Accessibility(accessibilityYaml.requiredText("reportProblem"),
                accessibilityYaml.requiredDate("statementPrepared"), accessibilityYaml.requiredDate("lastTested"));
        accessibilityYaml.rejectUnknownFields();
        YamlMap privacyYaml = yaml.requiredMap("privacy");
        var privacy = new Provider.Privacy(privacyYaml.requiredText("controller"), privacyYaml.requiredText("contact"));
        privacyYaml.rejectUnknownFields();
        List<Provider.Gap> gaps = new ArrayList<>();
        for (YamlMap gap : yaml.maps("gaps")) {
            gaps.add(new Provider.Gap(gap.requiredText("field"), gap.requiredText("note")));
            gap.rejectUnknownFields();
        }
        LocalDate lastReviewed = yaml.requiredDate("lastReviewed");
        List<String> methods = choices(yaml, "contactMethods", Provider.CONTACT_METHODS, problems);
        if (yaml.has("contactMethods") && !methods.containsAll(Provider.DEFAULT_CONTACT_METHODS)) {
            yaml.problem("contactMethods", "must include " + String.join(" and ", Provider.DEFAULT_CONTACT_METHODS)
                    + ": every pack offers them");
        }
        if (methods.contains("office") && contact.offices().isEmpty()) {
            yaml.problem("contactMethods", "offers 'office' but contact.offices lists none");
        }
        List<String> formats = choices(yaml, "formats", Provider.FORMATS, problems);
        var provider = new Provider(id, yaml.requiredText("name"), yaml.requiredText("area"), List.copyOf(areas), policy, lastReviewed,
                helpline, yaml.text("contactPromise").orElse(null), promiseForTenantsOnly(yaml), contact, List.copyOf(teams), accessibility, privacy,
                List.copyOf(gaps), methods, formats);
        yaml.rejectUnknownFields();
        return provider;
    }

    /** A required list whose every item is one of {@code allowed}; {@code []} is a valid answer. */
    private static List<String> choices(YamlMap yaml, String key, List<String> allowed, Problems problems) {
        if (!yaml.has(key)) {
            yaml.requiredText(key);
            return List.of();
        }
        List<String> chosen = new ArrayList<>();
        for (YamlMap.Entry<String> entry : yaml.texts(key)) {
            if (!allowed.contains(entry.value())) {
                problems.add(yaml.file(), entry.line(), entry.field(), "'" + entry.value() + "' is not one of: " + String.join(", ", allowed));
            } else if (chosen.contains(entry.value())) {
                problems.add(yaml.file(), entry.line(), entry.field(), "'" + entry.value() + "' is listed twice");
            } else {
                chosen.add(entry.value());
            }
        }
        return List.copyOf(chosen);
    }

    private static boolean promiseForTenantsOnly(YamlMap yaml) {
        String who = yaml.text("contactPromiseFor").orElse("everyone");
        if (!who.equals("everyone") && !who.equals("tenants")) {
            yaml.problem("contactPromiseFor", "must be 'tenants' or 'everyone'");
        }
        if (yaml.has("contactPromiseFor") && !yaml.has("contactPromise")) {
            yaml.problem("contactPromiseFor", "only goes with contactPromise");
        }
        return who.equals("tenants");
    }

    // ---------------------------------------------------------------- pages

    private record ReadPage(Page page, List<Markdown.WrittenLink> links) {
    }

    /** A page's file, where the portal serves it, and whether it is a policy section or a fragment of another page. */
    private record PageFile(Path file, String path, boolean policySection, boolean fragment) {
    }

    private record PageRead(PageFile file, Optional<ReadPage> page, Problems problems) {
    }

    private Optional<ReadPage> readPage(Path file, String path, boolean policySection, boolean fragment, Provider provider,
                                        List<PageWords.Term> jargon, Problems problems) {
        String text = readText(file, problems);
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            problems.add(file, 1, "", "must start with front matter between two '---' lines");
            return Optional.empty();
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(file, 1, "", "front matter has no closing '---' line");
            return Optional.empty();
        }
        String front = normalised.substring(4, end + 1);
        String body = normalised.substring(end + 5);
        int bodyFirstLine = (int) front.lines().count() + 3;
        Optional<YamlMap> yaml = YamlMap.parse(file, front, 2, problems);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap meta = yaml.get();
        String title = meta.requiredText("title");
        int order = meta.number("order").orElse(0);
        if (policySection && !meta.has("order")) {
            meta.problem("order", "is missing: policy sections need their place in the contents list");
        }
        Markdown.Rendered rendered = markdown.render(body, bodyFirstLine);
        rendered.misuses().forEach(m -> problems.add(file, m.line(), "", m.message()));
        if (rendered.anchors().contains(CONTACT_ROUTES_ID)) {
            problems.add(file, 0, "", "has a 'Ways to contact us' heading: the portal adds that section itself, from"
                    + " contact: in provider.yml, on the contact, concern, BSL and another-format pages. Remove it or rename it");
        }
        if (body.isBlank()) {
            problems.add(file, bodyFirstLine, "", "has no text after the front matter");
        }
        NeutralWords.stemIn(path).ifPresent(stem -> problems.add(file, 0, "",
                "is served at " + path + ", which contains '" + stem + "': the browser's history shows addresses,"
                        + " so rename the file without words that name the subject"));
        String browserTitle = meta.text("browserTitle").orElse(title);
        NeutralWords.stemIn(browserTitle).ifPresent(stem -> meta.problem(meta.has("browserTitle") ? "browserTitle" : "title",
                "'" + browserTitle + "' contains '" + stem + "': the tab title and history show it, so give the page a"
                        + " neutral browserTitle"));
        String summary = meta.text("summary").orElse(null);
        String description = meta.text("description").orElse(summary);
        if (description == null && !fragment) {
            meta.problemHere("needs a summary or a description: search results and link previews show it");
        }
        if (description != null) {
            NeutralWords.stemIn(description).ifPresent(stem -> meta.problem(meta.has("description") ? "description" : "summary",
                    "contains '" + stem + "' and is the page's description, which search results and link previews show:"
                            + " add a neutral description: to the front matter"));
        }
        List<Page.Route> routes = path.equals(SitePage.HOME.path()) ? routes(meta) : List.of();

        List<PageWords.Line> lines = new ArrayList<>();
        if (summary != null) {
            lines.add(new PageWords.Line(meta.lineOf("summary"), "summary", PageWords.normalise(summary)));
        }
        lines.addAll(PageWords.bodyLines(body, bodyFirstLine));
        List<PageWords.Line> withRoutes = new ArrayList<>(lines);
        for (int i = 0; i < routes.size(); i++) {
            int line = meta.lineOf("routes");
            withRoutes.add(new PageWords.Line(line, "routes[" + i + "].text", PageWords.normalise(routes.get(i).text())));
            withRoutes.add(new PageWords.Line(line, "routes[" + i + "].hint", PageWords.normalise(routes.get(i).hint())));
        }
        PageWords.checkPromises(file, withRoutes, cites(meta), problems);
        PageWords.checkJargon(file, withRoutes, jargon, problems);
        if (path.equals(SitePage.OTHER_FORMATS.path()) && provider != null) {
            checkFormatsOffered(file, lines, provider, problems);
        }

        var page = new Page(path, title, browserTitle, summary,
                order, meta.text("policySections").orElse(null), meta.flag("basedOnPolicy", true), rendered.html(),
                rendered.anchors(), file, description, routes);
        meta.rejectUnknownFields();
        return Optional.of(new ReadPage(page, rendered.links()));
    }

    /** The home page's three ways in, each with its words, in the order of {@link #HOME_ROUTES}. */
    private static List<Page.Route> routes(YamlMap meta) {
        List<Page.Route> routes = new ArrayList<>();
        for (YamlMap route : meta.maps("routes")) {
            routes.add(new Page.Route(route.requiredText("link"), route.requiredText("text"), route.requiredText("hint")));
            route.rejectUnknownFields();
        }
        List<String> links = routes.stream().map(Page.Route::href).toList();
        if (!links.equals(HOME_ROUTES)) {
            meta.problem("routes", "must list the three ways in, with link: " + String.join(", then ", HOME_ROUTES)
                    + ", each with its text and hint");
        }
        return List.copyOf(routes);
    }

    private static List<PageWords.Cite> cites(YamlMap meta) {
        List<PageWords.Cite> cites = new ArrayList<>();
        int i = 0;
        for (YamlMap cite : meta.maps("cites")) {
            cites.add(new PageWords.Cite(cite.requiredText("phrase"), cite.requiredText("section"), cite.lineOf("phrase"),
                    "cites[" + i++ + "].phrase"));
            cite.rejectUnknownFields();
        }
        return cites;
    }

    /** The another-format page may name only formats provider.yml says the provider offers. */
    private static void checkFormatsOffered(Path file, List<PageWords.Line> lines, Provider provider, Problems problems) {
        for (PageWords.Line line : lines) {
            FORMAT_WORDS.forEach((format, words) -> {
                var found = words.matcher(line.text());
                while (found.find()) {
                    if (!provider.formats().contains(format) && !PageWords.denied(line.text(), found.start())) {
                        problems.add(file, line.number(), line.field(), "offers '" + found.group() + "', which formats: in"
                                + " provider.yml does not list (" + format + "): offer only what the provider says it offers,"
                                + " and list the rest under gaps:");
                    }
                }
            });
        }
    }

    private static List<PageWords.Term> readJargon(Path file, Problems problems) {
        Optional<YamlMap> root = readYaml(file, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        List<PageWords.Term> terms = new ArrayList<>();
        for (YamlMap term : root.get().maps("terms")) {
            String name = term.requiredText("term");
            term.text("meaning");
            List<String> forms = new ArrayList<>(List.of(name));
            term.texts("alsoWritten").forEach(entry -> forms.add(entry.value()));
            if (!name.isEmpty()) {
                terms.add(PageWords.Term.of(name, forms));
            }
            term.rejectUnknownFields();
        }
        root.get().rejectUnknownFields();
        return List.copyOf(terms);
    }

    private static List<Path> policySectionFiles(Path packDir, Problems problems) {
        Path folder = packDir.resolve("pages").resolve(SitePage.POLICY_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sections = new ArrayList<>();
            files.sorted().forEach(file -> {
                String name = file.getFileName().toString();
                if (name.equals("index.md")) {
                    return;
                }
                if (!name.endsWith(".md") || !ID.matcher(name.substring(0, Math.max(0, name.length() - 3))).matches()) {
                    problems.add(file, 0, "", "policy section files must be named like how-to-tell-us.md");
                    return;
                }
                sections.add(file);
            });
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkDuplicateOrders(List<Page> sections, Problems problems) {
        Set<Integer> seen = new HashSet<>();
        for (Page section : sections) {
            if (!seen.add(section.order())) {
                problems.add(section.file(), 0, "order", section.order() + " is used by another policy section");
            }
        }
    }

    /** Every link must lead somewhere real: a page of the pack, a heading on it, a valid number. */
    private static void checkLinks(Page page, List<Markdown.WrittenLink> links, Map<String, Page> pages, Problems problems) {
        for (Markdown.WrittenLink link : links) {
            String to = link.destination();
            String problem = null;
            if (to.startsWith("tel:")) {
                if (PhoneNumbers.parse(to.substring(4), null).isEmpty()) {
                    problem = "'" + to + "' is not a UK phone number";
                }
            } else if (to.startsWith("mailto:")) {
                if (!EMAIL.matcher(to.substring(7)).matches()) {
                    problem = "'" + to + "' is not an email address";
                }
            } else if (to.startsWith("https://")) {
                if (!isWebAddress(to)) {
                    problem = "'" + to + "' is not a web address";
                }
            } else if (to.startsWith("/") || to.startsWith("#")) {
                problem = internalLinkProblem(page, to, pages);
            } else {
                problem = "'" + to + "' must start with /, #, https://, tel: or mailto:";
            }
            if (problem != null) {
                problems.add(page.file(), link.line(), "link", problem);
            }
        }
    }

    private static String internalLinkProblem(Page from, String to, Map<String, Page> pages) {
        String withoutFragment = to.contains("#") ? to.substring(0, to.indexOf('#')) : to;
        String fragment = to.contains("#") ? to.substring(to.indexOf('#') + 1) : null;
        String path = withoutFragment.contains("?") ? withoutFragment.substring(0, withoutFragment.indexOf('?')) : withoutFragment;
        Page target = path.isEmpty() ? from : pages.get(path);
        if (target == null) {
            return "'" + to + "' leads to no page of the portal";
        }
        if (withoutFragment.contains("?") && !path.equals(SitePage.SERVICES.path())) {
            return "'" + to + "': only " + SitePage.SERVICES.path() + " takes filters after '?'";
        }
        if (fragment != null && !fragment.isEmpty() && !target.anchors().contains(fragment)) {
            return "'" + to + "': the page has no heading with the id '" + fragment + "'";
        }
        return null;
    }

    // ---------------------------------------------------------------- small readers

    private static String email(YamlMap yaml, String key) {
        return yaml.text(key).filter(value -> {
            if (EMAIL.matcher(value).matches()) {
                return true;
            }
            yaml.problem(key, "'" + value + "' is not an email address");
            return false;
        }).orElse(null);
    }

    private static String webAddress(YamlMap yaml, String key) {
        return yaml.text(key).filter(value -> {
            if (isWebAddress(value)) {
                return true;
            }
            yaml.problem(key, "'" + value + "' must be a full https:// address");
            return false;
        }).orElse(null);
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<YamlMap> readYaml(Path file, Problems problems) {
        String text = readText(file, problems);
        return text == null ? Optional.empty() : YamlMap.parse(file, text, 1, problems);
    }

    private static String readText(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file, 0, "", "is missing");
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file, 0, "", "cannot be read as UTF-8 text: " + e.getMessage());
            return null;
        }
    }

    private static String audienceIds() {
        return String.join(", ", Stream.of(Audience.values()).map(Audience::id).toList());
    }
}
