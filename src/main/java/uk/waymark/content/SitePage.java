package uk.waymark.content;

/** The pages every pack must have: where each is served and which file holds its text. */
public enum SitePage {
    HOME("/", "home.md"),
    POLICY("/what-we-will-do", "what-we-will-do/index.md"),
    SERVICES("/support-services", "support-services.md"),
    BEHAVIOUR("/your-behaviour", "your-behaviour.md"),
    CONCERN("/worried-about-someone", "worried-about-someone.md"),
    CONTACT("/contact-us-safely", "contact-us-safely.md"),
    BSL("/bsl-and-relay-uk", "bsl-and-relay-uk.md"),
    ONLINE_SAFETY("/staying-safe-online", "staying-safe-online.md"),
    ACCESSIBILITY("/accessibility", "accessibility.md"),
    PRIVACY("/privacy", "privacy.md"),
    OTHER_FORMATS("/another-format", "another-format.md");

    /** Folder of a pack's policy sections, one Markdown file each. */
    public static final String POLICY_FOLDER = "what-we-will-do";

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
