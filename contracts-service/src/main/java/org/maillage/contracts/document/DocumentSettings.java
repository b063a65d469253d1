package org.maillage.contracts.document;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where documents are kept and how large one may be ({@code maillage.documents.*}; MAILLAGE_DOCUMENTS_* from the
 * environment). {@code storage} is {@code folder} (the local run: a folder in the stack's data) or {@code s3}
 * (deployments: an S3-compatible bucket).
 */
@ConfigurationProperties("maillage.documents")
public class DocumentSettings {

    private long maxBytes = 10L * 1024 * 1024;
    private String storage = "folder";
    private String folder = ".maillage/documents";
    private final S3 s3 = new S3();

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = storage;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public S3 getS3() {
        return s3;
    }

    @ConfigurationProperties("s3")
    public static class S3 {

        private String endpoint = "";
        private String region = "us-east-1";
        private String bucket = "maillage-documents";
        private String accessKeyId = "";
        private String secretAccessKey = "";
        // S3-compatible servers (MinIO, S3Mock) answer on one host with the bucket in the path
        private boolean pathStyle = true;

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getBucket() {
            return bucket;
        }

        public void setBucket(String bucket) {
            this.bucket = bucket;
        }

        public String getAccessKeyId() {
            return accessKeyId;
        }

        public void setAccessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
        }

        public String getSecretAccessKey() {
            return secretAccessKey;
        }

        public void setSecretAccessKey(String secretAccessKey) {
            this.secretAccessKey = secretAccessKey;
        }

        public boolean isPathStyle() {
            return pathStyle;
        }

        public void setPathStyle(boolean pathStyle) {
            this.pathStyle = pathStyle;
        }
    }
}
