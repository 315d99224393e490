package io.triptych.iac;

import io.triptych.iac.plan.PlanChanges;
import io.triptych.iac.plan.PlanChangesJson;
import io.triptych.iac.plan.PlanFormatException;
import io.triptych.iac.plan.PlanJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The SHOW step of a plan (after it) or an apply (before it, of the plan it applies): {@code terraform show
 * -json PLANFILE}, read whole, turned into {@link PlanChanges} and kept in the run folder. Its output never
 * reaches the log: it holds the sensitive values in clear, which the parser leaves behind. A show that fails
 * costs the run nothing but this detail (a warning line says why).
 */
final class PlanShow {
    /** Larger plans are not detailed (their summary lines still are). */
    static final int MAX_BYTES = 64 << 20;

    private PlanShow() {
    }

    /** Reads the started step's output to its end; returns the detail, or a warning line saying why there is none. */
    static RunEvent read(RunningProcess p, SecretMasker masker, Path folder) throws IOException {
        byte[] out;
        try (InputStream in = p.output()) {
            out = readCapped(in);
        }
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.signal(Signal.KILL);
            return warning("interrupted");
        }
        if (out == null) {
            return warning("the plan's JSON is larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        int start = text.indexOf('{');
        if (exit != 0 || start < 0) {
            String first = text.strip().lines().findFirst().orElse("exit " + exit);
            return warning(masker.mask(first));
        }
        try {
            PlanChanges plan = PlanJson.parse(text.substring(start), masker::mask);
            PlanChangesJson.save(folder, plan);
            return new RunEvent.PlanDetail(plan);
        } catch (PlanFormatException e) {
            return warning(masker.mask(e.getMessage()));
        }
    }

    private static RunEvent warning(String why) {
        return new RunEvent.Line("no attribute detail for this plan: " + why, RunEvent.Level.WARNING);
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            if (buf.size() + n > MAX_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            buf.write(chunk, 0, n);
        }
        return buf.toByteArray();
    }
}
