package no.bergen.fellesomradet.publish;

/**
 * A build that must not go ahead because of something the user can fix (an output folder that holds
 * other files, another build running, a missing template). The message is one Norwegian sentence
 * that names the path and what to do; nothing has been touched when it is thrown.
 */
public final class BuildRefused extends RuntimeException {

    public BuildRefused(String message) {
        super(message, null, false, false);
    }
}
