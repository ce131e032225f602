package io.parley.file.platform;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits from {@code parley.files.max-bytes}: a part larger than the limit is
 * cut off while it streams in (the container stops reading and nothing reaches the service); the request may
 * be a little larger for the other form fields. Parts up to 1 MB stay in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {
    static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(FilesProperties files) {
        long threshold = Math.min(files.maxBytes(), DataSize.ofMegabytes(1).toBytes());
        return new MultipartConfigElement("", files.maxBytes(), files.maxBytes() + FORM_OVERHEAD, (int) threshold);
    }
}
