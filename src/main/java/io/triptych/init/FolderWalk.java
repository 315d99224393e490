package io.triptych.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The folders below the current one, a few levels deep, without hidden, vendored or built ones. */
final class FolderWalk {
    static final int DEPTH = 5;
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "vendor", "modules");
    private static final int MAX_FOLDERS = 5000;

    private FolderWalk() {
    }

    static List<Path> folders(Path top) {
        List<Path> out = new ArrayList<>();
        walk(top, 0, out);
        return out;
    }

    private static void walk(Path dir, int depth, List<Path> out) {
        if (out.size() >= MAX_FOLDERS || !Files.isDirectory(dir)) {
            return;
        }
        out.add(dir);
        if (depth >= DEPTH) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path c : children.sorted().toList()) {
                String name = c.getFileName().toString();
                if (Files.isDirectory(c) && !Files.isSymbolicLink(c) && !name.startsWith(".")
                        && !SKIPPED.contains(name)) {
                    walk(c, depth + 1, out);
                }
            }
        } catch (IOException e) {
            // an unreadable folder holds nothing we can offer
        }
    }

    static List<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String relative(Path top, Path p) {
        String r = top.relativize(p).toString();
        return r.isEmpty() ? "." : r;
    }
}
