package io.triptych.iac.plan;

/** {@code terraform show -json} printed something this console cannot read: the message says what, in one line. */
public final class PlanFormatException extends Exception {
    public PlanFormatException(String message) {
        super(message);
    }
}
