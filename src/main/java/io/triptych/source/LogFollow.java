package io.triptych.source;

/** A log being read; closing it stops reading and frees the connection. Never throws. */
public interface LogFollow extends AutoCloseable {
    @Override
    void close();
}
