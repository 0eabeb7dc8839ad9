package uk.waymark.config;

/** The JDK HTTP client's own settings, which it reads from system properties. */
public final class JdkHttpClient {

    static final String RETRY_ALL_METHODS = "jdk.httpclient.enableAllMethodRetry";

    private JdkHttpClient() {
    }

    /**
     * The JDK's HTTP client sends a request again, once and on a new connection, when the kept-alive
     * connection it took from its pool is closed before a byte of the answer comes: the server
     * closed it as the request went out (its idle timeout ran out at that moment, say). By default
     * it does so for GET and HEAD only; a case's POST is safe to send again (the case system drops
     * a repeated Idempotency-Key), and reCAPTCHA answers a token sent again as a duplicate at
     * worst, and the case is then kept, marked unverified, as it was when the request failed.
     * Without it, such a case counted a failed attempt and waited for its next one. The client
     * reads the property once, when it first sends, so it is set before anything does; a value
     * given with -D stands.
     */
    public static void retryRequestsOnClosedConnections() {
        if (System.getProperty(RETRY_ALL_METHODS) == null) {
            System.setProperty(RETRY_ALL_METHODS, "true");
        }
    }
}
