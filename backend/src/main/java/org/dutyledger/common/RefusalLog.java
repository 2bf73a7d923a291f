package org.dutyledger.common;

/**
 * Where refused requests are recorded (the security capability implements it), so that the mapping of errors to
 * responses does not depend on security.
 */
public interface RefusalLog {

    /** Whether a response with this status is a refusal the log keeps whatever its cause (401, 403, 404). */
    boolean logs(int status);

    void refused(String method, String path, int status);
}
