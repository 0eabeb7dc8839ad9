package uk.waymark.web.assets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the ES modules of GOV.UK Frontend that a script imports into one module, in dependency
 * order, exporting only the names asked for. It reads the shape GOV.UK Frontend's build writes
 * (one {@code import { … } from '…';} per line, one {@code export { … };} at the end of each
 * module, names unique across its modules) and refuses anything else rather than guess.
 */
final class ModuleLinker {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import \\{([^}]*)} from '([^']+)';$");
    private static final Pattern EXPORT_FROM = Pattern.compile("(?m)^export \\{([^}]*)} from '([^']+)';$");
    private static final Pattern EXPORT = Pattern.compile("(?m)^export \\{([^}]*)};$");
    private static final Pattern TOP_LEVEL = Pattern.compile("(?m)^(?:async )?(?:function\\*?|class|const|let|var) ([A-Za-z_$][\\w$]*)");

    private final Function<String, String> read;
    private final Set<String> order = new LinkedHashSet<>();
    private final Map<String, String> declaredIn = new TreeMap<>();
    private final Map<String, Set<String>> needed = new TreeMap<>();

    private ModuleLinker(Function<String, String> read) {
        this.read = read;
    }

    /**
     * {@code script} with GOV.UK's modules it imports from {@code from} put in front of it, as one
     * module that exports nothing: one file to fetch, compressed and minified as a whole. The
     * script may import only from {@code from}, and its top-level names may not repeat theirs.
     */
    static String bundle(Function<String, String> read, String index, String script, String from) {
        Matcher m = Pattern.compile("(?m)^import \\{([^}]*)} from '" + Pattern.quote(from) + "';?$").matcher(script);
        if (!m.find()) {
            throw new IllegalStateException("The script imports nothing from " + from);
        }
        String own = script.substring(0, m.start()) + script.substring(m.end());
        if (Pattern.compile("(?m)^\\s*(import|export)\\b").matcher(JsComments.withoutComments(own)).find()) {
            throw new IllegalStateException("The script imports or exports more than " + from + "; update ModuleLinker");
        }
        String linked = link(read, index, names(m.group(1)));
        String modules = linked.substring(0, linked.lastIndexOf("export {"));
        Set<String> theirs = topLevel(modules);
        for (String name : topLevel(JsComments.withoutComments(own))) {
            if (theirs.contains(name)) {
                throw new IllegalStateException("The script declares " + name + ", as GOV.UK Frontend does; rename it");
            }
        }
        return modules + own;
    }

    private static Set<String> topLevel(String code) {
        Set<String> names = new TreeSet<>();
        Matcher declared = TOP_LEVEL.matcher(code);
        while (declared.find()) {
            names.add(declared.group(1));
        }
        return names;
    }

    /**
     * One module exporting {@code names}, each re-exported by {@code index} (a path {@code read}
     * resolves, like the paths in the modules). A module's top-level functions that neither it
     * nor its importers use are left out, and so are then the imports only they needed: GOV.UK's
     * {@code initAll}, which names every component, goes, and the components it names with it.
     */
    static String link(Function<String, String> read, String index, List<String> names) {
        var linker = new ModuleLinker(read);
        Map<String, String> whereExported = new TreeMap<>();
        Matcher m = EXPORT_FROM.matcher(read.apply(index));
        while (m.find()) {
            for (String name : names(m.group(1))) {
                whereExported.put(name, resolve(index, m.group(2)));
            }
        }
        for (String name : names) {
            String module = whereExported.get(name);
            if (module == null) {
                throw new IllegalStateException(index + " exports no " + name);
            }
            linker.need(module, Set.of(name));
        }
        for (String module : linker.needed.keySet()) {
            linker.visit(module, new LinkedHashSet<>());
        }
        var out = new StringBuilder();
        for (String module : linker.order) {
            out.append(linker.body(module)).append('\n');
        }
        return out + "export { " + String.join(", ", names) + " };\n";
    }

    /** Records that {@code names} of {@code module} are used, and what that module then uses. */
    private void need(String module, Set<String> names) {
        Set<String> known = needed.computeIfAbsent(module, k -> new TreeSet<>());
        if (!known.addAll(names) && !names.isEmpty()) {
            return;
        }
        for (var entry : usedImports(module).entrySet()) {
            need(entry.getKey(), entry.getValue());
        }
    }

    /** The modules {@code module}'s kept code imports from, and which of their names it uses. */
    private Map<String, Set<String>> usedImports(String module) {
        String text = read.apply(module);
        String kept = pruned(module);
        Map<String, Set<String>> uses = new TreeMap<>();
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            Set<String> used = new TreeSet<>();
            for (String name : names(m.group(1))) {
                if (mentions(kept, name)) {
                    used.add(name);
                }
            }
            if (!used.isEmpty()) {
                uses.put(resolve(module, m.group(2)), used);
            }
        }
        return uses;
    }

    private String pruned(String module) {
        String text = read.apply(module);
        String body = JsComments.withoutComments(EXPORT.matcher(IMPORT.matcher(text).replaceAll("")).replaceAll(""));
        return withoutUnusedFunctions(body, List.copyOf(needed.getOrDefault(module, Set.of())));
    }

    private static boolean mentions(String code, String name) {
        return Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])").matcher(code).find();
    }

    /**
     * Drops top-level functions (written from a line's start to a closing brace alone on a line)
     * that nothing else names, such as {@code initAll}.
     */
    static String withoutUnusedFunctions(String code, List<String> exported) {
        Pattern function = Pattern.compile("(?ms)^function ([A-Za-z_$][\\w$]*)\\(.*?^}\\n");
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher m = function.matcher(code);
            while (m.find()) {
                String name = m.group(1);
                String rest = code.substring(0, m.start()) + code.substring(m.end());
                if (!exported.contains(name) && !mentions(rest, name)) {
                    code = rest;
                    changed = true;
                    break;
                }
            }
        }
        return code;
    }

    private void visit(String module, Set<String> path) {
        if (order.contains(module)) {
            return;
        }
        if (!path.add(module)) {
            throw new IllegalStateException("Import cycle through " + module);
        }
        for (String imported : usedImports(module).keySet()) {
            visit(imported, path);
        }
        path.remove(module);
        order.add(module);
    }

    private String body(String module) {
        String text = read.apply(module);
        String body = pruned(module);
        if (Pattern.compile("(?m)^\\s*(import|export)\\b").matcher(body).find()) {
            throw new IllegalStateException(module + " has an import or export this linker does not read");
        }
        if (Pattern.compile("(?m)^(import|export) \\{[^}]* as ").matcher(text).find()) {
            throw new IllegalStateException(module + " renames an import or export");
        }
        Matcher declared = TOP_LEVEL.matcher(body);
        while (declared.find()) {
            String other = declaredIn.putIfAbsent(declared.group(1), module);
            if (other != null && !other.equals(module)) {
                throw new IllegalStateException(declared.group(1) + " is declared in both " + other + " and " + module);
            }
        }
        return body;
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    static String resolve(String from, String relative) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : relative.split("/")) {
            if (part.equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
