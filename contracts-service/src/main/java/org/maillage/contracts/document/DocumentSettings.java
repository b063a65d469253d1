package org.maillage.contracts.document;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where documents are kept and how large one may be ({@code maillage.documents.*}; MAILLAGE_DOCUMENTS_* from the
 * environment). {@code storage} is {@code folder} (the local run: a folder in the stack's data) or {@code s3}
 * (deployments: an S3-compatible bucket).
 * <p>
 * What one response, or one notice, may hold in all, every version counted (a replaced file stays kept): without it, one
 * account could fill the storage ten mebibytes at a time. A response of a call for tenders is a quote, a price grid, a few
 * certificates and references (20 files, 50 MiB); a notice is the specifications with their annexes and addenda (30
 * files, 100 MiB).
 */
@ConfigurationProperties("maillage.documents")
public class DocumentSettings {

    private static final long MIB = 1024L * 1024;

    private long maxBytes = 10L * MIB;
    private int responseMaxFiles = 20;
    private long responseMaxTotalBytes = 50L * MIB;
    private int noticeMaxFiles = 30;
    private long noticeMaxTotalBytes = 100L * MIB;
    private String storage = "folder";
    private String folder = ".maillage/documents";
    private final S3 s3 = new S3();

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int getResponseMaxFiles() {
        return responseMaxFiles;
    }

    public void setResponseMaxFiles(int responseMaxFiles) {
        this.responseMaxFiles = responseMaxFiles;
    }

    public long getResponseMaxTotalBytes() {
        return responseMaxTotalBytes;
    }

    public void setResponseMaxTotalBytes(long responseMaxTotalBytes) {
        this.responseMaxTotalBytes = responseMaxTotalBytes;
    }

    public int getNoticeMaxFiles() {
        return noticeMaxFiles;
    }

    public void setNoticeMaxFiles(int noticeMaxFiles) {
        this.noticeMaxFiles = noticeMaxFiles;
    }

    public long getNoticeMaxTotalBytes() {
        return noticeMaxTotalBytes;
    }

    public void setNoticeMaxTotalBytes(long noticeMaxTotalBytes) {
        this.noticeMaxTotalBytes = noticeMaxTotalBytes;
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
