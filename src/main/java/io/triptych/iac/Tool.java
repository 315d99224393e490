package io.triptych.iac;

/** The two IaC tools a column launches: Terraform (or OpenTofu) provisions, Ansible configures. */
public enum Tool {
    TERRAFORM, ANSIBLE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
