package io.triptych.domain;

/**
 * One security-group rule. Ports are null when the rule covers every port;
 * {@code remote} is a CIDR or "group:NAME".
 */
public record Rule(String direction, String ethertype, String protocol, Integer portMin, Integer portMax,
                   String remote) {

    /** "22", "2379-2380" or "any". */
    public String ports() {
        if (portMin == null && portMax == null) {
            return "any";
        }
        if (portMax == null || portMin.equals(portMax)) {
            return String.valueOf(portMin);
        }
        return portMin + "-" + portMax;
    }
}
