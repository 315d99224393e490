package io.triptych.gitlab;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gitlab4j.api.AbstractApi;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;
import org.gitlab4j.api.GitLabApiForm;
import org.gitlab4j.api.models.Issue;

/**
 * The two issue writes gitlab4j's typed IssuesApi cannot say, answered as its typed {@link Issue}: creating an
 * issue of type incident ({@code issue_type=incident}), and an update by {@code add_labels}/{@code remove_labels}
 * (its updateIssue replaces every label, which would undo another console's label written meanwhile).
 */
final class IssueWrites extends AbstractApi {
    IssueWrites(GitLabApi api) {
        super(api);
    }

    /** POST /projects/:id/issues with {@code issue_type}. */
    Issue create(String project, String title, String description, List<String> labels, String issueType)
            throws GitLabApiException {
        GitLabApiForm form = new GitLabApiForm().withParam("title", title, true).withParam("description", description)
                .withParam("labels", String.join(",", labels)).withParam("issue_type", issueType);
        try (Response r = post(Response.Status.CREATED, form, "projects", getProjectIdOrPath(project), "issues")) {
            return r.readEntity(Issue.class);
        }
    }

    /**
     * PUT /projects/:id/issues/:iid. Each argument may be null (left as it is); {@code assignees} empty
     * unassigns everyone (GitLab's {@code assignee_ids=0}).
     */
    Issue update(String project, long iid, String addLabels, String removeLabels, List<Long> assignees,
                 String stateEvent) throws GitLabApiException {
        GitLabApiForm form = new GitLabApiForm().withParam("add_labels", addLabels)
                .withParam("remove_labels", removeLabels).withParam("state_event", stateEvent);
        if (assignees != null) {
            if (assignees.isEmpty()) {
                form.withParam("assignee_ids", "0");
            } else {
                form.withParam("assignee_ids", assignees);
            }
        }
        try (Response r = putWithFormData(Response.Status.OK, form, "projects", getProjectIdOrPath(project), "issues",
                iid)) {
            return r.readEntity(Issue.class);
        }
    }
}
