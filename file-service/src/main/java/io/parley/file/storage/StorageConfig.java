package io.parley.file.storage;

import io.parley.file.platform.FilesProperties;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The {@link FileStorage} chosen by {@code parley.files.storage}: {@code local} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    FileStorage fileStorage(FilesProperties files) {
        return switch (files.storage().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "s3" -> new S3Storage(s3Client(files.s3()), files.s3().bucket());
            case "local", "" -> new LocalDiskStorage(files.dir());
            default -> throw new IllegalStateException(
                    "PARLEY_FILES_STORAGE must be local or s3, not " + files.storage());
        };
    }

    /** A client for the bucket's region; path-style requests when an endpoint (an S3-compatible server) is set. */
    static S3Client s3Client(FilesProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials(s3));
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint())).forcePathStyle(true);
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(FilesProperties.S3 s3) {
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
