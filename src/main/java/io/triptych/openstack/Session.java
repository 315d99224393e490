package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import java.time.Instant;
import okhttp3.HttpUrl;

/**
 * One cloud's authenticated session, shared by the three sections' worker threads. The token is reused
 * until it is about to expire; a 401 renews it once (one renewal even when three threads hit the 401
 * together) and retries the call once. Credentials Keystone refused are not sent again for a while: every
 * section repeating a wrong password each refresh could lock the account. Nothing is bound to a thread.
 */
final class Session implements AutoCloseable {
    /** A call made with a token; may be made twice. */
    interface TokenCall<T> {
        T call(Token token) throws OpenStackException;
    }

    private final CloudCredentials credentials;
    private final Secrets secrets;
    private final OpenStackTuning tuning;
    private final Keystone keystone;
    private final Object restLock = new Object(); // not the token's lock: pages must not wait for a login
    private Rest rest;
    private boolean closed;
    private final java.util.concurrent.atomic.LongAdder requests = new java.util.concurrent.atomic.LongAdder();

    /** HTTP requests made so far, across re-logins. */
    long requestCount() {
        return requests.sum();
    }
    private Token current;
    private OpenStackException refusal;
    private Instant refusedUntil = Instant.MIN;

    Session(CloudCredentials credentials, Secrets secrets, OpenStackTuning tuning) {
        this.credentials = credentials;
        this.secrets = secrets;
        this.tuning = tuning;
        this.keystone = new Keystone(credentials);
    }

    /** The HTTP client, made on first use: making a source must not touch files or the network. */
    Rest rest() throws OpenStackException {
        synchronized (restLock) {
            if (closed) {
                throw new OpenStackException("the connection to cloud '" + credentials.cloud() + "' is closed");
            }
            if (rest == null) {
                rest = new Rest(credentials, secrets, requests, tuning.maxReply());
            }
            return rest;
        }
    }

    <T> T call(TokenCall<T> call) throws OpenStackException {
        Token token = token();
        try {
            return call.call(token);
        } catch (OpenStackException e) {
            if (!e.unauthorized()) {
                throw e;
            }
            Token fresh = renew(token);
            try {
                return call.call(fresh);
            } catch (OpenStackException again) {
                throw again.unauthorized() ? new OpenStackException(again.getMessage()
                        + " (also with a new token: does the user have a role in this project?)", 401) : again;
            }
        }
    }

    HttpUrl endpoint(Token token, Api api) throws OpenStackException {
        return token.catalog().endpoint(api, credentials.endpointInterface(), credentials.regionName(),
                credentials.cloud());
    }

    boolean offers(Token token, Api api) {
        return token.catalog().has(api, credentials.endpointInterface(), credentials.regionName());
    }

    synchronized Token token() throws OpenStackException {
        Instant now = tuning.clock().instant();
        if (current == null || current.expiresBefore(now.plus(tuning.tokenMargin()))) {
            current = authenticate(now);
        }
        return current;
    }

    /** Renews the token the caller saw refused, unless another thread already did. */
    private synchronized Token renew(Token refused) throws OpenStackException {
        if (current == null || current == refused) {
            current = null;
            current = authenticate(tuning.clock().instant());
        }
        return current;
    }

    private Token authenticate(Instant now) throws OpenStackException {
        if (refusal != null && now.isBefore(refusedUntil)) {
            throw refusal;
        }
        try {
            Token token = keystone.authenticate(rest());
            refusal = null;
            return token;
        } catch (OpenStackException e) {
            if (e.status() >= 400 && e.status() < 500) { // the credentials or the request: not a passing failure
                refusal = e;
                refusedUntil = now.plus(tuning.authRetry());
            }
            throw e;
        }
    }

    @Override
    public void close() {
        synchronized (restLock) {
            closed = true;
            if (rest != null) {
                rest.close();
            }
        }
    }
}
