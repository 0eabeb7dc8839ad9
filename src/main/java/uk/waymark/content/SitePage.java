package uk.waymark.content;

/** The pages every pack must have: where each is served and which file holds its text. */
public enum SitePage {
    HOME("/", "home.md"),
    POLICY("/information", "information/index.md"),
    SERVICES("/services", "services.md"),
    BEHAVIOUR("/changing", "changing.md"),
    CONCERN("/report", "report.md"),
    CONTACT("/contact", "contact.md"),
    BSL("/bsl-and-relay-uk", "bsl-and-relay-uk.md"),
    ONLINE_SAFETY("/online", "online.md"),
    ACCESSIBILITY("/accessibility", "accessibility.md"),
    PRIVACY("/privacy", "privacy.md"),
    OTHER_FORMATS("/another-format", "another-format.md");

    /** Folder of a pack's policy sections, one Markdown file each. */
    public static final String POLICY_FOLDER = "information";

    private final String path;
    private final String file;

    SitePage(String path, String file) {
        this.path = path;
        this.file = file;
    }

    public String path() {
        return path;
    }

    public String file() {
        return file;
    }
}
