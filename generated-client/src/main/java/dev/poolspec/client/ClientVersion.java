package dev.poolspec.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The client's version, written into a resource by the build (so it is never hard-coded). */
final class ClientVersion {

    static final String VALUE = read();

    /** {@code poolspec-client/<version>}. */
    static final String USER_AGENT = "poolspec-client/" + VALUE;

    private ClientVersion() {}

    private static String read() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
