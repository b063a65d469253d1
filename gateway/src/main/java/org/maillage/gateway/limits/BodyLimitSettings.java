package org.maillage.gateway.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.regex.Pattern;

/**
 * How large a request body may be: {@code default-bytes} for every request, {@code upload-bytes} for the paths that
 * take a file ({@code upload-paths}, a regular expression on the normalized path, set in application.yml: every
 * route that takes a document, the API's and the site's pages that send one on). The server's own max-request-size
 * is the larger of the two.
 */
@ConfigurationProperties("maillage.body-limits")
public class BodyLimitSettings {

    private long defaultBytes = 1024 * 1024;
    private long uploadBytes = 11L * 1024 * 1024;
    // unset, no path takes more than the default: failing small is safe
    private Pattern uploadPaths = Pattern.compile("(?!)");

    public long getDefaultBytes() { return defaultBytes; }
    public void setDefaultBytes(long n) { this.defaultBytes = n; }
    public long getUploadBytes() { return uploadBytes; }
    public void setUploadBytes(long n) { this.uploadBytes = n; }
    public String getUploadPaths() { return uploadPaths.pattern(); }
    public void setUploadPaths(String regex) { this.uploadPaths = Pattern.compile(regex); }

    boolean isUpload(String path) {
        return uploadPaths.matcher(path).matches();
    }

    /** The most a body may carry on this (normalized) path. */
    long limitFor(String path) {
        return isUpload(path) ? uploadBytes : defaultBytes;
    }
}
