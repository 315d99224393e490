package io.triptych.gitlab;

import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.gitlab4j.api.AbstractApi;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;

/**
 * gitlab4j's transport (its Jersey client, PRIVATE-TOKEN header, timeouts, errors as {@link GitLabApiException}
 * with status and headers) without its typed models: those map unknown status words to null (JobStatus lacks
 * scheduled, preparing, waiting_for_resource, canceling), its Pager wraps a failed second page in a
 * RuntimeException, and its path encoder writes "sdb-api" as "sdb%2Dapi". We encode paths and read JSON ourselves.
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

    /** A POST of a form (or of nothing), expecting 200..204 (GitLab answers 200 or 201 depending on the action). */
    Response postForm(Map<String, String> form, Object... path) throws GitLabApiException {
        Form f = new Form();
        form.forEach(f::param);
        return post(Response.Status.OK, f, path);
    }

    /** A POST of a JSON body (a new pipeline with variables). */
    Response postJson(Object payload, Object... path) throws GitLabApiException {
        return post(Response.Status.OK, payload, path);
    }
}
