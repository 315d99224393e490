package io.triptych.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Terraform root modules under the current folder (a folder with *.tf files; modules/ folders are not roots),
 * each with its workspaces: the folders of {@code terraform.tfstate.d/} and the one {@code .terraform/environment}
 * selects. A module without workspaces is offered once.
 */
final class TerraformFinder {
    private TerraformFinder() {
    }

    static void find(Machine m, Discovered.Builder out) {
        for (Path dir : FolderWalk.folders(m.cwd())) {
            if (FolderWalk.children(dir).stream().noneMatch(f -> f.getFileName().toString().endsWith(".tf")
                    && Files.isRegularFile(f))) {
                continue;
            }
            String rel = FolderWalk.relative(m.cwd(), dir);
            List<String> workspaces = workspaces(dir);
            if (workspaces.isEmpty()) {
                out.add(new Found.Terraform(rel, dir, Optional.empty(), m.show(dir)));
            }
            for (String w : workspaces) {
                out.add(new Found.Terraform(rel + "@" + w, dir, Optional.of(w), m.show(dir)));
            }
        }
    }

    private static List<String> workspaces(Path dir) {
        List<String> names = new ArrayList<>();
        Path states = dir.resolve("terraform.tfstate.d");
        if (Files.isDirectory(states)) {
            FolderWalk.children(states).stream().filter(Files::isDirectory)
                    .forEach(w -> names.add(w.getFileName().toString()));
        }
        Path selected = dir.resolve(".terraform").resolve("environment");
        try {
            if (Files.isRegularFile(selected) && Files.size(selected) < 1024) {
                String w = Files.readString(selected, StandardCharsets.UTF_8).strip();
                if (!w.isEmpty() && !names.contains(w)) {
                    names.add(w);
                }
            }
        } catch (IOException e) {
            // no selected workspace to add
        }
        names.remove("default");
        return names;
    }
}
