package io.parley.file.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.files.*}: the upload limit in bytes, where and how files are stored, and the signed links.
 *
 * @param storage {@code local} (default) or {@code s3}
 * @param signingKey HMAC key of download links; blank means a random key per start
 */
@ConfigurationProperties("parley.files")
public record FilesProperties(
        @DefaultValue("26214400") long maxBytes,
        @DefaultValue(".run/data/files") Path dir,
        @DefaultValue("local") String storage,
        @DefaultValue("PT5M") Duration linkTtl,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        String signingKey,
        @DefaultValue S3 s3) {

    /** S3 (or an S3-compatible server at {@code endpoint}); credentials from the keys or the AWS default chain. */
    public record S3(
            @DefaultValue("parley-files") String bucket,
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey) {}
}
