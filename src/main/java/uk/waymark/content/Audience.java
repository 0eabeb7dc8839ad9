package uk.waymark.content;

import java.util.Arrays;
import java.util.Optional;

/** Who a service is for: the words a pack uses in {@code for:} and the directory filters by. */
public enum Audience {
    ANYONE_AFFECTED("anyone-affected", "Anyone experiencing abuse", false),
    WOMEN("women", "Women", true),
    MEN("men", "Men", true),
    LGBT("lgbt", "LGBT+ people", true),
    BLACK_AND_MINORITISED("black-and-minoritised", "Black and minoritised communities", true),
    DEAF_BSL("deaf-bsl", "Deaf people and BSL users", true),
    OLDER_PEOPLE("older-people", "Older people", true),
    CHILDREN_YOUNG_PEOPLE("children-young-people", "Children and young people", false),
    WORRIED_ABOUT_SOMEONE("someone-else", "People worried about someone else", false),
    STOP_ABUSING("changing", "People who want to stop hurting someone", false);

    private final String id;
    private final String label;
    private final boolean servedByGeneralServices;

    Audience(String id, String label, boolean servedByGeneralServices) {
        this.id = id;
        this.label = label;
        this.servedByGeneralServices = servedByGeneralServices;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a service for "anyone experiencing abuse" also serves this group: a woman, a man
     * or an older person can call a general helpline; a child or someone who wants to stop
     * abusing needs a service meant for them.
     */
    public boolean servedByGeneralServices() {
        return servedByGeneralServices;
    }

    public static Optional<Audience> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
