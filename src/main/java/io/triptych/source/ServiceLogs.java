package io.triptych.source;

import io.triptych.domain.Service;

/** A service source that can read a service's (or one replica's) log. Returns at once; lines go to the sink. */
public interface ServiceLogs {
    LogFollow logs(Service service, LogRequest request, LogSink sink) throws Exception;
}
