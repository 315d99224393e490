package io.triptych.config.clouds;

import io.triptych.config.BoundedFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a clouds.yaml or secure.yaml into nodes, which keep their line and column; nothing is
 * constructed. Every failure becomes a problem. Quoting is left out on purpose: SnakeYAML's snippet of
 * the offending line could be a password in secure.yaml, so only its position and its words are kept.
 */
final class YamlFile {
    static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern NAMED = Pattern.compile("\\b(alias|anchor|tag handle|tag)\\b.*", Pattern.DOTALL);

    private YamlFile() {
    }

    /** The root node; empty when the file is empty, unreadable or malformed (the last two reported). */
    static Optional<Node> read(Path file, CloudsProblems problems) {
        byte[] bytes;
        try {
            bytes = BoundedFile.read(file, MAX_BYTES);
        } catch (BoundedFile.Refused e) {
            problems.whole(file, e.tooLarge() ? "too large for a clouds.yaml (over 1 MiB)" : e.getMessage(),
                    "check that this is the right file");
            return Optional.empty();
        } catch (IOException e) {
            problems.whole(file, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file exists and that you may read it");
            return Optional.empty();
        }
        return decode(file, bytes, problems).flatMap(text -> compose(file, text, problems));
    }

    private static Optional<String> decode(Path file, byte[] bytes, CloudsProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(ByteBuffer.wrap(bytes), out, true).isError()) {
            String before = out.flip().toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.at(file.toString(), line, column, "not valid UTF-8 — save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * SnakeYAML names the alias, anchor or tag it choked on, and an unquoted password starting with
     * '*', '&' or '!' is read as one: its name is cut. Other messages quote at most one character.
     */
    static String hideNames(String words) {
        return NAMED.matcher(words).replaceFirst("$1 (name not repeated: it could be a secret)");
    }

    private static Optional<Node> compose(Path file, String text, CloudsProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(30);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? "malformed YAML" : hideNames(e.getProblem());
            String context = e.getContext() == null ? "" : " (" + hideNames(e.getContext()) + ")";
            problems.at(file, e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
                    "YAML syntax error: " + problem + context, "check indentation, colons and quotes around this point");
        } catch (YAMLException e) {
            problems.whole(file, "YAML error", "simplify the file (no deep nesting or alias chains)");
        } catch (RuntimeException e) {
            problems.whole(file, "YAML error: " + e.getClass().getSimpleName(), "check the file's YAML syntax");
        }
        return Optional.empty();
    }
}
