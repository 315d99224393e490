package io.triptych.init;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ansible inventories under the current folder: in a folder with {@code ansible.cfg}, {@code inventories/} or
 * {@code inventory}, each entry of {@code inventories/} (else {@code inventory}, else {@code hosts}), with the
 * folder's playbook ({@code site.yml}, {@code playbook.yml}, {@code main.yml}) when there is one.
 */
final class AnsibleFinder {
    private static final List<String> PLAYBOOKS = List.of("site.yml", "site.yaml", "playbook.yml", "main.yml");
    private static final List<String> SINGLE = List.of("inventory", "inventory.ini", "inventory.yml", "hosts",
            "hosts.ini", "hosts.yml");

    private AnsibleFinder() {
    }

    static void find(Machine m, Discovered.Builder out) {
        for (Path dir : FolderWalk.folders(m.cwd())) {
            List<Path> inventories = inventories(dir);
            if (inventories.isEmpty()) {
                continue;
            }
            Optional<Path> playbook = PLAYBOOKS.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
            for (Path inv : inventories) {
                out.add(new Found.Ansible(FolderWalk.relative(m.cwd(), inv), dir, inv, playbook, m.show(dir)));
            }
        }
    }

    private static List<Path> inventories(Path dir) {
        boolean ansible = Files.isRegularFile(dir.resolve("ansible.cfg"));
        Path many = dir.resolve("inventories");
        if (Files.isDirectory(many)) {
            return FolderWalk.children(many).stream().filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
        List<Path> out = new ArrayList<>();
        for (String name : SINGLE) {
            Path p = dir.resolve(name);
            if (Files.exists(p) && (ansible || name.startsWith("inventory"))) {
                out.add(p);
                break;
            }
        }
        return out;
    }
}
