package io.triptych.gitlab;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.gitlab4j.api.AbstractApi;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;

/**
 * gitlab4j's transport (its Jersey client, PRIVATE-TOKEN header, timeouts, project paths URL-encoded, errors as
 * {@link GitLabApiException} with status and headers) without its typed models for reads: those map unknown
 * status words to null (JobStatus lacks scheduled, preparing, waiting_for_resource, canceling) and its Pager
 * wraps a failed second page in a RuntimeException. We read the JSON ourselves.
 */
final class RawApi extends AbstractApi {
    RawApi(GitLabApi api) {
        super(api);
    }

    /** A GET expecting 200; the caller reads and closes the answer. */
    Response fetch(Map<String, String> query, Object... path) throws GitLabApiException {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        query.forEach(params::add);
        return get(Response.Status.OK, params, path);
    }
}
