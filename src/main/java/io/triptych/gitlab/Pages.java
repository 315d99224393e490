package io.triptych.gitlab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitLab's offset pagination: X-Next-Page names the next page ("" on the last); the Link header carries the same
 * as rel="next" (and is all that is left past 10,000 items, where X-Total and X-Total-Pages are dropped).
 */
final class Pages {
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");
    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

    private Pages() {
    }

    /** The next page number as text, or "" when this was the last page. */
    static String next(String xNextPage, String link) {
        if (xNextPage != null && xNextPage.trim().matches("\\d+")) {
            return xNextPage.trim();
        }
        if (link != null) {
            Matcher m = NEXT_LINK.matcher(link);
            if (m.find()) {
                Matcher p = PAGE.matcher(m.group(1));
                if (p.find()) {
                    return p.group(1);
                }
            }
        }
        return "";
    }
}
