package io.parley.file.support;

import io.parley.file.content.FileScanner;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Trusts {@link TestTokens}, deletes the run's exchange and queue at the end, and adds a scanner that rejects. */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestTokens.Decoder.class, TestBroker.Cleanup.class})
public class FileTestConfiguration {
    /** Text files containing this are rejected by the test scanner. */
    public static final String MALWARE = "X5O!P%@AP-TEST-SIGNATURE";

    @Bean
    FileScanner testSignatureScanner() {
        return (content, contentType) -> {
            try {
                return Files.readString(content, StandardCharsets.ISO_8859_1).contains(MALWARE)
                        ? FileScanner.Verdict.reject("test signature found")
                        : FileScanner.Verdict.accept();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
