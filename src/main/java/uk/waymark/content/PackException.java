package uk.waymark.content;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be served, with every reason why. */
public final class PackException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    PackException(String pack, List<Problem> problems) {
        super("The content pack '" + pack + "' has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }
}
