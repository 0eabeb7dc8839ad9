package uk.waymark.support;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

/**
 * A certificate and key for a test server, made by the JDK's own keytool: for a host name and
 * address (the server's name, so the client's host name check can pass or fail), with the
 * certificate also written as PEM for the client to trust.
 *
 * @param pem the certificate alone, for WAYMARK_SMTP_TRUSTED_CERTIFICATES
 */
public record TestCertificates(Path keyStore, Path pem, SSLContext serverContext) {

    private static final char[] PASSWORD = "changeit".toCharArray();

    /** A certificate for "localhost" and 127.0.0.1. */
    public static TestCertificates localhost(Path directory) {
        return forNames(directory, "localhost", "dns:localhost,ip:127.0.0.1");
    }

    /** A certificate for another host only: a client checking host names refuses it on localhost. */
    public static TestCertificates elsewhere(Path directory) {
        return forNames(directory, "elsewhere.example", "dns:elsewhere.example");
    }

    private static TestCertificates forNames(Path directory, String commonName, String subjectAlternativeNames) {
        try {
            Files.createDirectories(directory);
            Path keyStore = directory.resolve(commonName + ".p12");
            Path pem = directory.resolve(commonName + ".pem");
            Files.deleteIfExists(keyStore);
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=" + commonName, "-ext", "SAN=" + subjectAlternativeNames, "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", new String(PASSWORD)));
            run(List.of(keytool, "-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
                    "-storepass", new String(PASSWORD), "-file", pem.toString()));
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, PASSWORD);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new TestCertificates(keyStore, pem, context);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("test certificate for " + commonName, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A PKCS12 trust store holding this certificate alone, beside the key store, for a client JVM
     * to trust the server with {@code -Djavax.net.ssl.trustStore} (its password {@code changeit}).
     */
    public Path trustStore() {
        Path trustStore = keyStore.resolveSibling(keyStore.getFileName().toString().replace(".p12", "-trust.p12"));
        try {
            Files.deleteIfExists(trustStore);
            run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-importcert", "-noprompt",
                    "-alias", "server", "-file", pem.toString(), "-storetype", "PKCS12", "-keystore", trustStore.toString(),
                    "-storepass", new String(PASSWORD)));
            return trustStore;
        } catch (IOException e) {
            throw new IllegalStateException("trust store for " + pem, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command.subList(0, 2)) + " failed: " + output);
        }
    }
}
