package io.parley.file.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default {@link FileScanner}, which accepts every file. Other {@code FileScanner} beans (an antivirus, a
 * policy) run as well, in their order; any rejection stops the upload.
 */
@Configuration(proxyBeanMethods = false)
class ScannerConfig {

    @Bean
    FileScanner acceptEverything() {
        return (content, contentType) -> FileScanner.Verdict.accept();
    }
}
