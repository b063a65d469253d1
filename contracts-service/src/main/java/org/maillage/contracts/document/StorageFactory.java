package org.maillage.contracts.document;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;
import java.nio.file.Path;

/** The storage the settings name: a folder, or an S3-compatible bucket. */
@Factory
public class StorageFactory {

    @Singleton
    @Bean(preDestroy = "close")
    public DocumentStorage documentStorage(DocumentSettings settings) {
        return switch (settings.getStorage()) {
            case "folder" -> new FolderStorage(Path.of(settings.getFolder()));
            case "s3" -> new S3Storage(s3(settings.getS3()), settings.getS3().getBucket()).ensureBucket();
            default -> throw new IllegalStateException("maillage.documents.storage is folder or s3, not " + settings.getStorage());
        };
    }

    /** An S3 client for these settings: static keys when given, otherwise the SDK's usual chain (environment, role). */
    public static S3Client s3(DocumentSettings.S3 s) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s.getRegion()))
                .forcePathStyle(s.isPathStyle());
        if (!s.getEndpoint().isBlank()) {
            b.endpointOverride(URI.create(s.getEndpoint()));
        }
        b.credentialsProvider(s.getAccessKeyId().isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s.getAccessKeyId(), s.getSecretAccessKey())));
        return b.build();
    }
}
